# Lists used as matrix, stack and lookup tables.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum([a[i][k] * b[k][j] for k in range(m)]) for j in range(p)] for i in range(n)]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack
for s in ["([]{})", "([)]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
primes = []
sieve = [True] * 50
for i in range(2, 50):
    if sieve[i]:
        primes.append(i)
        for j in range(i * i, 50, i):
            sieve[j] = False
print(primes)
