# statistics.NormalDist: pdf, cdf, inv_cdf (AS241, in all three of its regions), quantiles, overlap,
# zscore, seeded samples, from_samples, arithmetic, equality and hashing, and its errors.
from statistics import NormalDist, StatisticsError
import statistics

z = NormalDist()
print(z, repr(NormalDist(3, 2)), NormalDist(mu=1.5))
print(z.mean, z.median, z.mode, z.stdev, z.variance)
d = NormalDist(100, 15)
print(d.mean, d.stdev, d.variance)
for x in [-3.5, -1, 0, 0.5, 1.96, 2.5, 40]:
    print(x, z.pdf(x), z.cdf(x), d.pdf(x * 15 + 100), d.cdf(x * 15 + 100), d.zscore(x))
ps = [1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.025, 0.05, 0.1, 0.075, 0.2, 0.3, 0.4, 0.425, 0.45, 0.5,
      0.55, 0.575, 0.6, 0.7, 0.8, 0.9, 0.95, 0.975, 0.99, 0.999, 0.99999, 1 - 1e-10, 1 - 1e-16]
for p in ps:
    print(p, z.inv_cdf(p), d.inv_cdf(p))
for i in range(1, 200):
    p = i / 200
    assert z.cdf(z.inv_cdf(p)) - p < 1e-12
print([round(v, 6) for v in [NormalDist(3, 5).inv_cdf(i / 37) for i in range(1, 37)]] == [round(NormalDist(3, 5).inv_cdf(i / 37), 6) for i in range(1, 37)])
print(sum(NormalDist(3, 5).inv_cdf(i / 37) for i in range(1, 37)))
print(z.quantiles(), d.quantiles(10), z.quantiles(n=3))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(NormalDist(-5, 0.5).overlap(NormalDist(7, 3)))
print(d.samples(5, seed=42))
print(z.samples(3, seed="abc"))
print(len(z.samples(4)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist.from_samples(iter([1, 2, 3, 4])))
print(NormalDist.from_samples(NormalDist(10, 2).samples(1000, seed=7)))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 2, 2 + a, a - 2, 2 - a, a * 3, 3 * a, a * -2, a / 4, a / -4, +a, -a)
print(a == NormalDist(10.0, 3.0), a == b, a == 10, a != b, hash(a) == hash(NormalDist(10, 3)))
print({a: 1}[NormalDist(10, 3)])
print(NormalDist(1, 0))
for call in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
             lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: z.inv_cdf(0), lambda: z.inv_cdf(1.0),
             lambda: z.inv_cdf(-0.5), lambda: NormalDist(1, 0).zscore(1), lambda: z.overlap(3),
             lambda: NormalDist(1, 0).overlap(z), lambda: NormalDist.from_samples([1]),
             lambda: a * b]:
    try:
        print(call())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print("NormalDist" in statistics.__all__)
