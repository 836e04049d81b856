# frozenset: immutability, hashing, mixing with set.
f = frozenset([1, 2, 3])
print(f, type(f), len(f), 2 in f)
print(frozenset(), frozenset(range(3)))
g = f | {4}
print(g, type(g))
h = {4} | f
print(h, type(h))
print(f & {2, 3, 9}, f - {1}, f ^ frozenset({3, 4}))
d = {f: "frozen"}
print(d[frozenset({3, 2, 1})])
print(f == {1, 2, 3}, frozenset({1}) in {frozenset({1}), frozenset({2})})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1, 2}}
except TypeError as e:
    print("TypeError:", e)
print(f.issubset({1, 2, 3, 4}), f.union([7]), f.copy() == f)
s = {frozenset({1, 2}), frozenset({1, 2})}
print(len(s))
