# Sets of small ints: operations and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(a), a.isdisjoint({9}))
s = set()
print(s, len(s), type(s))
s.add(3)
s.add(1)
s.add(3)
print(s)
s.update([5, 2], {7})
print(s)
s.discard(100)
s.discard(5)
s.remove(7)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(set([3, 3, 1, 2, 1]), set(range(5)), set("a"))
print(2 in s, 9 in s)
c = s.copy()
c.clear()
print(c, s)
x = {1, 2, 3}
x |= {4}
x &= {1, 2, 4}
x -= {1}
print(x)
x ^= {2, 6}
print(x)
print(sorted({5, 3, 9, 1}), sum({1, 2, 3}), len({1, 1, 1}))
print({1, 2} == {2, 1}, {1} != {1, 2})
print({n % 3 for n in range(10)})
