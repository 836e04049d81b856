# Number theory with ints: gcd/lcm, primes, digits, base conversion.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 31):
    l = lcm(l, i)
print(l)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
for n in [0, 255, -255, 2 ** 64, 123456789]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 36), int(to_base(n, 36), 36) == n)
def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
print(factorize(360), factorize(97), factorize(2 ** 10 * 3 ** 5), factorize(600851475143))
print(sum([int(c) for c in str(2 ** 100)]))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(99), isqrt(2 * 10 ** 30))
