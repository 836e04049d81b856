# len() and type() of many values.
values = [0, 1.0, "s", [1, 2], (1,), {"a": 1}, {1, 2}, frozenset(), None, True, b"ab", range(3),
          len, print, lambda: 0, slice(1), type, int, ..., NotImplemented, ZeroDivisionError("x")]
for v in values:
    print(type(v))
print(type(type), type(int), type(type(1)))
for c in ["", "abc", [], [1, 2, 3], (), {"a": 1, "b": 2}, {1}, range(10), b"xyz", range(2, 20, 3)]:
    print(len(c))
print(type(1) == int, type(1) is int, type(True) == int)
print(type(1).__name__, type("").__name__, type(None).__name__, type(len).__name__)
print(type(3)(7), type("")(12), type([])("ab"))
