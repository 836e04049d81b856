# List comprehensions with conditions and expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else "even" for x in range(6)])
print([c.upper() for c in "hello" if c not in "l"])
print([(x, y) for x in range(3) for y in range(x)])
print([x for x in range(30) if x % 2 if x % 3])
words = ["apple", "Banana", "cherry"]
print([len(w) for w in words], [w[0] for w in words if w[0].islower()])
print([[row * col for col in range(1, 4)] for row in range(1, 4)])
print([i for i in []], [None for _ in range(2)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([n for row in matrix for n in row if n != 4])
print([[row[i] for row in matrix] for i in range(2)])
print([f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print(sum([x for x in range(101) if x % 2 == 0]))
