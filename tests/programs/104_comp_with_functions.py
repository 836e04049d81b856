# Comprehensions calling functions and using closures.
def is_even(n):
    return n % 2 == 0
print([n for n in range(10) if is_even(n)])
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
def make(k):
    return [k * i for i in range(3)]
print([make(k) for k in range(3)])
words = ["Hello", "world", "PY"]
print([w.lower() for w in words], {w: w.isupper() for w in words})
table = {n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 10)}
print(table)
perfect = [n for n in range(1, 500) if sum([d for d in range(1, n) if n % d == 0]) == n]
print(perfect)
