# set.pop on small ints, set iteration order of small ints, set comprehension.
s = {3, 1, 2}
out = []
while s:
    out.append(s.pop())
print(sorted(out))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", repr(e))
seen = set()
dups = []
for n in [4, 1, 4, 2, 1, 4]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(seen, dups)
print(sorted({x * x for x in range(-3, 4)}), {x * x for x in range(3)})
print(set() == set(), set() == frozenset(), {1, 2}.intersection([2, 3], (2, 4)))
print({0, 1, 2}.difference({0}, {1}))
print({1, 2, 3}.isdisjoint([4, 5]), {1, 2, 3}.issuperset(range(1, 3)))
print(set([1, 2]) | set([]), repr(set()), repr(frozenset()))
