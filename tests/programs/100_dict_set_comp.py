# Dict and set comprehensions.
print({x: x ** 3 for x in range(5)})
print({w: len(w) for w in ["one", "three", "five"]})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({x % 4 for x in range(20)})
print({c for c in "mississippi"} == set("misp"))
print(sorted({len(w) for w in "the quick brown fox jumps".split()}))
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print({k: [i for i in range(k)] for k in range(4)})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
counts = {ch: "banana".count(ch) for ch in "banana"}
print(counts)
print({x for x in range(10) if x < 5}, sorted({x for x in range(10) if x > 5}), {x: x for x in []})
