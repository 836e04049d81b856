"""A CPU-heavy workload to profile: a sieve, a matrix product and string building. Run it
with `pyglass profile examples/cpu_heavy.py`, or watch the Profile pane in the debugger."""


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit**0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]


def matrix_product(a, b):
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, column)) for column in columns] for row in a]


def build_report(values):
    parts = []
    for i, v in enumerate(values):
        parts.append(f"{i}:{v}")
    return ",".join(parts)


primes = sieve(200_000)
print("primes below 200000:", len(primes))
size = 40
a = [[(i * j) % 7 for j in range(size)] for i in range(size)]
product = matrix_product(a, a)
print("trace:", sum(product[i][i] for i in range(size)))
print("report length:", len(build_report(primes[:5000])))
