# hash() as CPython 3.11 computes it, where it is deterministic: ints (mod 2**61 - 1, -1
# becomes -2), floats, tuples (xxHash-like mixing of their items' hashes), and the result of a
# Python __hash__ (kept when it fits in 64 bits, else hashed as an int; -1 becomes -2).
class Returns:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value


for value in (0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**64 + 5, -(2**100), 10**30):
    print("int", value, hash(value))
for value in (0.0, -0.0, 1.5, -1.0, 1e300, 2.5e-300, float("inf"), float("-inf"), 2.0**70):
    print("float", value, hash(value))
for value in ((), (1,), (-1,), (1, 2), (2, 1), ((1, 2), (3, (4,))), (1.5, True, 2**70), ((),)):
    print("tuple", value, hash(value))
for value in (-1, 7, 2**62, 2**63, 2**64 + 5, -(2**64)):
    print("__hash__", value, hash(Returns(value)), hash((Returns(value), 1)) == hash((hash(Returns(value)), 1)))
print(len({(1, 2), (1, 2), (2, 1), (1.0, 2.0)}), {(1, (2, 3)): "found"}[(1.0, (2, 3.0))])
