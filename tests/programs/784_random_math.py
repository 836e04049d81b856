# Seeded random simulations and the math module: dice, shuffles, sampling, statistics by hand.
import math
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(round(random.random(), 6), round(random.uniform(10, 20), 6), round(random.gauss(0, 1), 6))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8], random.choice(deck), random.sample(range(100), 5))
print(random.choices("abc", weights=[5, 1, 1], k=8), random.randrange(0, 100, 7), random.getrandbits(16))

rng = random.Random(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk, max(walk), min(walk))
rng2 = random.Random(7)
print(rng2.choice((-1, 1)) == walk[1], rng.random() == random.Random(7).random())
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)])

rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
print(hist, max(hist, key=hist.get))
mean = math.fsum(rolls) / len(rolls)
var = math.fsum((r - mean) ** 2 for r in rolls) / (len(rolls) - 1)
print(f"mean={mean:.4f} sd={math.sqrt(var):.4f}")

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(99), math.hypot(3, 4, 12))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(2.675, 2))
print(math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.comb(52, 5), math.perm(10, 3), math.factorial(20), math.gcd(84, 36, 120), math.lcm(4, 6, 10))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(-3.75))
print(math.frexp(48.0), math.ldexp(0.75, 6), math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(math.nan))
print(math.dist((0, 0), (3, 4)), math.radians(180), math.gamma(5), math.lgamma(10), math.erf(1))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.comb(3, -1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
