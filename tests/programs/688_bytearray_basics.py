# bytearray: construction, indexing, comparison with bytes, concatenation, repr.
b = bytearray(b"hello")
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b))
print(bytearray(), bytearray(3), bytearray([104, 105]), bytearray("héllo", "utf-8"), bytearray(b"xy"))
print(bytearray(range(65, 70)), bytearray(bytearray(b"copy")))
print(b == b"hello", b"hello" == b, b != bytearray(b"hellO"), b < b"help", b >= bytearray(b"hello"))
print(b + b"!", b"!" + b, b + bytearray(b"?"), b * 2, 2 * bytearray(b"ab"), b * 0)
print(type(b + b"!").__name__, type(b"!" + b).__name__, type(b[1:]).__name__)
print(b"ell" in b, 104 in b, 120 in b, bool(bytearray()), bool(b))
print(bytes(b), str(b), repr(bytearray(b"\x00\xff'\"")))
print(isinstance(b, bytearray), isinstance(b, bytes), type(b), type(iter(b)).__name__)
print(sorted(bytearray(b"dcba")), max(b), sum(b))
for bad in [lambda: hash(b), lambda: b[10], lambda: b["x"], lambda: bytearray([300]), lambda: bytearray(-1),
            lambda: bytearray("text"), lambda: b + "s", lambda: bytearray(b"a") * "x"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
