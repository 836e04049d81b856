# hash(): equal values hash equal (string hashes are not printed, they are randomized).
print(hash(0), hash(1), hash(-2), hash(100), hash(True), hash(False))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(None) == hash(None), hash(1.5) == hash(1.5), hash(0.0) == hash(-0.0))
print(hash(b"xy") == hash(b"x" + b"y"), hash((1, "a")) == hash((1, "a")))
for v in [[1], {1: 2}, {3}]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
d = {1: "one"}
print(d[1.0], d[True])
print(hash(12345), hash(-12345), hash(10 ** 20) == hash(10 ** 20))
