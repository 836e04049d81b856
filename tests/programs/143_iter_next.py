# iter() and next() with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"x": 1, "y": 2})
print(list(d), list(d))
r = iter(range(3))
print(next(r), list(r))
t = iter((5, 6))
print(iter(t) is t, next(t))
for x in iter([7, 8]):
    print("loop", x)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
it2 = iter([1, 2, 3, 4])
pairs = list(zip(it2, it2))
print(pairs)
it3 = iter([1, 2, 3])
first = next(it3)
print(first, list(it3))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)
