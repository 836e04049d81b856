# Requests far past any machine's memory raise MemoryError (or OverflowError past an index),
# and the program goes on.
cases = [
    lambda: [0] * 10**12,
    lambda: [0] * 2**62,
    lambda: [0] * 10**30,
    lambda: "a" * 10**12,
    lambda: b"a" * 2**62,
    lambda: (1,) * 2**62,
    lambda: bytes(10**15),
    lambda: bytearray(10**15),
    lambda: list(range(10**12)),
    lambda: "x".ljust(10**15),
    lambda: "x".zfill(10**15),
    lambda: "{:10000000000000}".format(1),
    lambda: " ".join(["a"] * 10**12),
    lambda: [1, 2] * 10**12,
    lambda: list(iter(range(-2**63, 2**63))),
    lambda: list(range(-2**63, 2**63)),
    lambda: tuple(range(2**62)),
    lambda: list(iter(range(2**62))),
    lambda: sorted(range(2**62)),
    lambda: 1 << 2**62,
    lambda: 1 << 2**64,
    lambda: -5 << 2**40,
    lambda: 2**31 << 10**20,
    lambda: 1 << 6 * 10**19,
    lambda: 1 << 7 * 10**19,
    lambda: 1 << (2**61 - 6) * 30,
]
print(iter(range(-2**63, 2**63)).__length_hint__(), iter(range(-2**63, 2**63 - 1)).__length_hint__())
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except (MemoryError, OverflowError) as e:
        print(i, type(e).__name__, e)
print([0] * 3, "a" * 3, bytes(2), list(range(3)), 0 << 2**64, 1 >> 2**64, -1 >> 2**64)
