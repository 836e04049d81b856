# Numerical methods with floats: Newton's method, series, trapezoid rule.
def newton_sqrt(x, iterations=20):
    guess = x / 2 if x > 1 else 1.0
    for _ in range(iterations):
        guess = (guess + x / guess) / 2
    return guess
for v in [2, 9, 10, 0.25, 1e10]:
    print(v, newton_sqrt(v))
e = 0.0
term = 1.0
for n in range(1, 20):
    e += term
    term /= n
print("e ~", e)
pi = 0.0
for k in range(10000):
    pi += (-1) ** k / (2 * k + 1)
print("pi ~", 4 * pi)
def integrate(f, a, b, n):
    h = (b - a) / n
    s = (f(a) + f(b)) / 2
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
print(integrate(lambda x: x * x, 0, 3, 1000))
print(integrate(lambda x: 1 / x, 1, 2, 100))
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100)
