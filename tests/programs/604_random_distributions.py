# The real-valued distributions, bit for bit as CPython computes them.
import random

for seed in [0, 42, 2**40 + 7, -5]:
    random.seed(seed)
    print("seed", seed)
    print(random.uniform(1, 10), random.uniform(2.5, -2.5), random.uniform(3, 3))
    print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(5, 5, 5))
    print(random.gauss(), random.gauss(10, 2), random.gauss(mu=1, sigma=0.5))
    print(random.normalvariate(), random.normalvariate(100, 15))
    print(random.lognormvariate(0, 1), random.expovariate(1.5), random.expovariate(0.01))
    print(random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.vonmisesvariate(-3, 0.5))
    print([random.gammavariate(a, 2) for a in (0.3, 1.0, 2.5, 40)])
    print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (10, 1))])
    print(random.paretovariate(2), random.weibullvariate(1, 1.5))
