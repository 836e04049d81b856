# locals, globals, vars, dir, getattr/setattr/hasattr and other introspection built-ins.
x = 1
def f(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    return c
f(1)
print("x" in globals(), "f" in dir(), type(vars()), callable(f), getattr(f, "__name__"), hasattr(f, "zz"))
setattr(f, "zz", 3); print(f.zz, id(f) == id(f), hash("a") == hash("a"), format(3.14159, ".2f"), pow(3, 4, 5), round(2.5), round(3.5), divmod(-7, 2))
print(iter([1]).__class__.__name__ if hasattr(iter([1]), "__class__") else "list_iterator", next(iter([5])), chr(9731), ord("é"), repr("a'b"), ascii("é"))
print(issubclass(bool, int), isinstance(True, int), type(1.5).__name__, int("ff", 16), float("  1e3 "), bin(-5), oct(8), hex(255))
print(min([3, 1, 2], key=lambda v: -v), max([], default=9), sum([0.1] * 10), abs(-3.5), any([]), all([]))
print(dir([])[:3])
print(dir(1) == dir(int), len(dir("")), dir(ValueError("x"))[-5:], dir(KeyError)[:2])
import sys
print("argv" in dir(sys), sorted(vars(f)), vars(sys) is vars(sys))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
print(dir())
