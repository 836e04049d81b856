# Number theory workout: sieve of Eratosthenes, Miller-Rabin, big factorials, Fibonacci mod m, gcd and digits.
# Exercises big integers, bytearray slicing, pow with modulus, divmod, generators and math functions.
import math
from functools import reduce


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytearray(len(range(i * i, limit + 1, i)))
    return [i for i, f in enumerate(flags) if f]


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def fib_mod(n, m):
    # fast doubling
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k >> 1)
        c = a * ((2 * b - a) % m) % m
        d = (a * a + b * b) % m
        return (d, (c + d) % m) if k & 1 else (c, d)
    return go(n)[0]


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return sum(int(c) for c in str(n))


def factorize(n, primes):
    factors = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for x in reversed(path):
        length += 1
        cache[x] = length
    return length


def main():
    primes = sieve(300000)
    print("primes below 300000:", len(primes), "last:", primes[-1])
    big_candidates = [2 ** 61 - 1, 2 ** 89 - 1, 10 ** 18 + 9, 10 ** 18 + 7, 2 ** 64 + 13]
    mr = [n for n in big_candidates if is_probable_prime(n)]
    mr_small = sum(1 for n in range(100000, 160000) if is_probable_prime(n))
    print("mr big primes:", len(mr), "mr small:", mr_small,
          "agree:", mr_small == sum(1 for p in primes if 100000 <= p < 160000))
    f = math.factorial(1500)
    print("1500! digits:", len(str(f)), "digit sum:", digit_sum(f), "trailing zeros:",
          len(str(f)) - len(str(f).rstrip("0")))
    print("fib(10**15) mod 1e9+7:", fib_mod(10 ** 15, 10 ** 9 + 7),
          "fib(3000) digits:", len(str(fib_big(3000))))
    fz = [factorize(n, primes) for n in range(10 ** 9, 10 ** 9 + 300)]
    most = max(range(len(fz)), key=lambda i: (len(fz[i]), -i))
    print("most distinct factors:", 10 ** 9 + most, sorted(fz[most].items()))
    lcm = reduce(lambda a, b: a * b // math.gcd(a, b), range(1, 60))
    best = max(range(1, 150000), key=collatz_len)
    print("lcm(1..59) mod 1e9:", lcm % 10 ** 9, "collatz best:", best, collatz_len(best))


if __name__ == "__main__":
    main()
