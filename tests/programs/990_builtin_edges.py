# Edges of the built-in types met in other implementations' test suites: the ordering and
# set operators' special methods on containers, bytes.maketrans/translate, partition's
# separator, identity of immutable results, enumerate past 64 bits, StopIteration from a
# map or filter function, int operands past the float range, indices that do not fit,
# lists that hold themselves.
import sys

print(b"foobar".__gt__(2), b"b".__gt__(b"a"), "a".__lt__("b"), [1].__le__([1]), (1,).__ge__((2,)))
print({1}.__lt__({1, 2}), {1}.__or__({2}), {1: 2}.__or__({3: 4}), {1}.__ror__([1]))
print({1, 2}.__sub__({1}), {1, 2}.__rsub__({1}), {1: 2}.__lt__({}), frozenset({1}).__and__({1, 2}))
d = {1: 2}
print(d.__ior__({3: 4}) is d, d)
s = {1}
print(s.__ior__({2}) is s, s.__iand__({2}), s.__isub__({5}), s.__ixor__({9}), s.__ior__([1]))

table = bytes.maketrans(b"ab", b"xy")
print(len(table), table[97:100], b"abc".translate(table), b"abc".translate(None, b"b"))
print(bytearray(b"abc").translate(None, delete=b"a"), type(bytearray.maketrans(b"a", b"b")))
for bad in (lambda: bytes.maketrans(b"a", b"xy"), lambda: b"a".translate(b"x"),
            lambda: bytes.maketrans("a", "b"), lambda: b"a".translate(None, "a")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sep = bytearray(b"45")
parts = b"14523".partition(sep)
print(parts, parts[1] is sep, b"123".partition(b"9"), b"a-b".rpartition(memoryview(b"-"))[0])
for bad in (lambda: 350 in b"abcd", lambda: -1 in bytearray(b"a"), lambda: "x" in b"abc"):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

b = b"xyz"
t = (1, 2)
u = "text"
print(bytes(b) is b, b * 1 is b, 1 * t is t, u * 1 is u, [1] * 1 == [1])

print(sys.excepthook is sys.__excepthook__, sys.excepthook)
try:
    raise ValueError("shown by excepthook")
except ValueError as exc:
    sys.stdout.flush()
    sys.excepthook(type(exc), exc, exc.__traceback__)

print(list(enumerate("abc", 2 ** 64)), list(enumerate("ab", start=-3)))
e = enumerate("ab", 2 ** 63 - 1)
print(next(e), next(e))
try:
    enumerate("a", 1.5)
except TypeError as x:
    print(x)


def until_zero(x):
    if x == 0:
        raise StopIteration
    return x * 10


print(list(map(until_zero, [1, 2, 0, 4])), list(filter(until_zero, [3, 0, 5])))
print(list(iter(iter([1, 2]).__next__, 9)))

huge = 10 ** 400
for op in (lambda: 1.5 + huge, lambda: huge * 2.0, lambda: 1.5 // huge, lambda: 2.0 ** huge,
           lambda: huge ** 0.5, lambda: divmod(1.5, huge), lambda: huge / 3):
    try:
        print(op())
    except OverflowError as e:
        print("OverflowError", e)
print(1.5 < huge, huge == float("inf"))

x = [1]
for op in (lambda: x.insert(10 ** 20, "z"), lambda: x.pop(-10 ** 20), lambda: x[10 ** 20],
           lambda: "abc"[-10 ** 20], lambda: (1, 2)[2 ** 63], lambda: b"ab"[2 ** 63]):
    try:
        print(op())
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)

x = [1]
x.append(x)
y = [1]
y.append(y)
print(x == x, [x] == [x], x in x, x.index(x), x.count(x))
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError", e)

# A number run into a keyword warns (the tokenizer's SyntaxWarning), as in CPython 3.11.
print(1 if 1else 0, [0x1for a in ()], 1or 2, 1jif 1 else 2)
