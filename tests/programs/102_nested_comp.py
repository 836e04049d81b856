# Nested comprehensions and their evaluation order.
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([(i, j) for i in range(3) for j in range(3) if i != j])
print([c for word in ["ab", "cd"] for c in word])
flat = [n for sub in [[1, 2], [], [3, [4]]] for n in sub]
print(flat)
print({i: {j: i * j for j in range(3)} for i in range(2)})
primes = [n for n in range(2, 40) if all([n % d for d in range(2, n)])]
print(primes)
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythag)
trans = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(trans)
print([[j for j in range(i)] for i in range(4)])
log = []
def t(v):
    log.append(v)
    return v
[t(a) + t(b) for a in "xy" for b in "12"]
print(log)
