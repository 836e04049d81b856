"""Generators: suspended frames, yield from, send(), and a lazy pipeline."""


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def chain(*iterables):
    for it in iterables:
        yield from it


def primes():
    found = []
    candidate = 2
    while True:
        if all(candidate % p for p in found):
            found.append(candidate)
            yield candidate
        candidate += 1


print("countdown:", list(countdown(5)))
averager = running_average()
next(averager)
for v in (10, 20, 60):
    print("average now", averager.send(v))
print("chain:", list(chain("ab", range(3))))
gen = primes()
print("primes:", [next(gen) for _ in range(10)])
