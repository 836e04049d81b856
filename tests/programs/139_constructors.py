# Built-in type constructors.
print(int(), float(), str(), bool(), list(), dict(), tuple(), set(), frozenset())
print(int("7"), int(7.9), int(True), float("2.5"), float(3), str(3.0), str(True), str([1]))
print(bool(1), bool(""), bool([0]), bool(0.0))
print(list("ab"), list((1, 2)), list({3: 4}), list(range(2)), list({"k": 1}.items()))
print(tuple([1, 2]), tuple("xy"), tuple(range(3)), tuple({5: 6}))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([]))
print(set([1, 2, 2]), set("aa"), set(range(3)), frozenset([1, 1, 2]))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(None))
print(list(list([1])), dict(dict(a=1)))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = list(a)
print(b == a, b is a)
print(int("  -0012  "), float("  -0.5e1 "))
