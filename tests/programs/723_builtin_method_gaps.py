# Methods and conversions of built-in types: index windows, in-place set updates,
# iterator dunders, item dunders, numbers parsed from bytes, to_bytes checks.

letters = ["a", "b", "c", "a", "b", "c"]
print(letters.index("a", 1), letters.index("c", -2), letters.index("b", 0, 2))
for args in [("a", 1, 3), ("c", 10), ("b", -1)]:
    try:
        print(letters.index(*args))
    except ValueError as e:
        print("ValueError", e)
numbers = (5, 6, 7, 5)
print(numbers.index(5, 1), numbers.index(7, -3, 10))
try:
    numbers.index(6, 2)
except ValueError as e:
    print("ValueError", e)

pool = {1, 2, 3, 4, 5}
print(pool.difference_update({1}, [2]), sorted(pool))
print(pool.intersection_update(range(4, 10)), sorted(pool))
print(pool.symmetric_difference_update({5, 6}), sorted(pool))
try:
    frozenset({1}).difference_update({1})
except AttributeError as e:
    print("AttributeError", e)

walker = iter([10, 20])
print(walker.__next__(), walker.__iter__() is walker, next(walker, "done"))
try:
    walker.__next__()
except StopIteration:
    print("StopIteration")
doubled = map(lambda v: v * 2, [1, 2])
print(doubled.__next__(), list(doubled))
print(iter(range(5)).__next__(), "xyz".__iter__().__next__())

table = {}
table.__setitem__("k", "v")
print(table.__getitem__("k"), table)
table.__delitem__("k")
print(table)
row = [1, 2, 3]
row.__setitem__(0, 9)
row.__delitem__(-1)
print(row)

print(int(b"42"), int(b" -7 "), int(bytearray(b"ff"), 16), float(b"2.5"), float(bytearray(b"-1e3")))
print(int("1_000"), int("0x_1f", 16), int("0b101", 0))
for text in ["1__0", "_1", "0x", "12a"]:
    try:
        int(text, 0)
    except ValueError as e:
        print("ValueError", e)
print(int.from_bytes(bytearray(b"\x01\x00"), "little"), ord(b"A"), ord(bytearray(b"z")))
for call in [lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (256).to_bytes(1, "big")]:
    try:
        call()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

marker = object()
print(repr(marker).startswith("<object object at 0x"), marker == marker, type(marker).__name__)
