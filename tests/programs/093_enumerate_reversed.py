# enumerate and reversed.
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=1)), list(enumerate([], 5)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
e = enumerate("hi")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
try:
    reversed({1, 2})
except TypeError as e2:
    print("TypeError:", e2)
print(list(reversed({"a": 1, "b": 2})))
for idx, (a, b) in enumerate(zip("ab", "cd"), 10):
    print(idx, a + b)
