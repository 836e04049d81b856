# Comprehensions with unpacking targets over different iterables.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num != 2])
print({name: num for num, name in pairs})
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([first for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([rest for first, *rest in [[1, 2, 3], [4], [5, 6]]])
print([i * c for i, c in enumerate("abc")])
print([k for k in {"z": 1, "a": 2}], [v for v in {"z": 1, "a": 2}.values()])
print([x for x in (3, 1, 2)], [x for x in {3, 1, 2}], [x for x in range(10, 0, -4)])
print([ch for ch in "héllo" if ord(ch) > 127])
print([[x, y] for x, y in zip(range(3), "abc")])
d = {}
[d.setdefault(len(w), []).append(w) for w in "a bb cc d eee".split()]
print(d)
print([(lambda v: v * 2)(x) for x in range(3)])
