# Generator pipelines built from itertools: log processing, sliding windows, combinatorics.
import itertools as it
from operator import itemgetter, mul

LOG = """2024-01-01 web 200 12
2024-01-01 web 500 340
2024-01-01 api 200 8
2024-01-02 api 404 5
2024-01-02 web 200 15
2024-01-02 web 200 11
2024-01-03 db 200 99
2024-01-03 api 500 120""".splitlines()


def parse(lines):
    for line in lines:
        day, svc, status, ms = line.split()
        yield day, svc, int(status), int(ms)


def errors(records):
    return (r for r in records if r[2] >= 400)


recs = list(parse(LOG))
print(list(errors(recs)))
for day, group in it.groupby(recs, key=itemgetter(0)):
    g = list(group)
    print(day, len(g), sum(r[3] for r in g), sorted({r[1] for r in g}))
by_svc = {k: [r[3] for r in g] for k, g in it.groupby(sorted(recs, key=itemgetter(1)), itemgetter(1))}
print(by_svc)
print(list(it.accumulate(r[3] for r in recs)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3, 4], mul, initial=10)))
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable(["xy", [0]])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefgh", 1, 7, 2)))
a, b = it.tee(iter(range(5)))
print(list(a), list(zip(b, b)))
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations([1, 2, 3, 4], 3)))
print(list(it.combinations_with_replacement("xy", 3)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.islice(it.cycle("AB"), 5)), list(it.repeat("z", 3)), list(map(pow, range(4), it.repeat(2))))
print(list(it.pairwise([1, 4, 9, 16])), [b - a for a, b in it.pairwise([1, 4, 9, 16])])
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))


def window(seq, n):
    iters = it.tee(seq, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return zip(*iters)


print([round(sum(w) / 3, 2) for w in window([r[3] for r in recs], 3)])


def primes():
    found = []
    for n in it.count(2):
        if all(n % p for p in it.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


print(list(it.islice(primes(), 15)))
pipeline = (x * x for x in range(20) if x % 3)
print(sum(it.islice(pipeline, 5)), next(pipeline), list(pipeline)[-2:])
coins = [1, 5, 10]
ways = [c for c in it.combinations_with_replacement(coins, 3) if sum(c) == 16]
print(ways, sorted(set(it.permutations([1, 1, 2]))))
