# The statistics module: averages, medians, modes, spread and quantiles over ints, floats and
# Fractions, with the result types and errors CPython gives.
import math
import statistics
from fractions import Fraction as F

ints = [1, 2, 3, 4]
odd = [1, 2, 3]
floats = [2.5, 3.25, 5.5, 11.25, 0.1]
fracs = [F(1, 2), F(3, 4), F(5, 6), F(1, 3)]

for name in ("mean", "median", "median_low", "median_high", "median_grouped", "variance",
             "pvariance", "stdev", "pstdev", "mode", "multimode", "geometric_mean",
             "harmonic_mean", "fmean"):
    f = getattr(statistics, name)
    for data in (ints, odd, floats, fracs, [7, 7, 1, 2, 2], [True, False, True]):
        try:
            r = f(data)
            print(name, data, "->", repr(r), type(r).__name__)
        except Exception as e:
            print(name, data, "->", type(e).__name__, e)

print(statistics.mean([1, 2.5]), statistics.mean([F(1, 2), 1]), statistics.mean(iter([3, 4, 8])))
print(statistics.mean([0.1] * 10), statistics.mean([1e308, 1e308]), statistics.mean([1, math.inf]))
print(statistics.mean([-1, -2, -6]), statistics.mean(range(1, 101)))
print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4, 5]))
print(statistics.variance([F(1, 2), F(3, 4), 1]), statistics.variance([0.1, 0.2, 0.3]))
print(statistics.variance([1, 2, 3, 4], xbar=2.5), statistics.pvariance([1, 2, 3], mu=2))
print(statistics.variance([1, math.inf]), statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1, 2, 3, 4]))
print(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.stdev(range(1000)), statistics.pstdev([10 ** 20, 10 ** 20 + 3, 10 ** 20 + 7]))
print(statistics.stdev([F(1, 3), F(2, 7), F(9, 11)]), statistics.pstdev([1e-300, 3e-300]))
print(statistics.median([1, 3, 5, 7]), statistics.median([F(1, 2), F(1, 3)]), statistics.median([5, 1, 3]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.median_grouped([52, 52, 53, 54], interval=2), statistics.median_grouped([1, 3, 3, 5, 7], 2))
print(statistics.median_grouped([7]), statistics.median_grouped([2.5, 2.5, 3.5, 4.5]))
print(statistics.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(statistics.mode([1, 1, 2, 2]), statistics.mode("aabbbcc"), statistics.multimode("aabbbccbcc"))
print(statistics.multimode([]), statistics.multimode([3, 1, 2]))
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean(x for x in [1, 2, 3, 4]))
print(statistics.fmean([1, 2, 3], weights=[1, 2, 3]), statistics.fmean([85, 92, 83, 91], [0.2, 0.2, 0.3, 0.3]))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1.5, 2.5, 10]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([F(1, 2), F(1, 3)]))
print(statistics.harmonic_mean([1, 0]), statistics.harmonic_mean([5]), statistics.harmonic_mean([0.5]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.quantiles([1, 2], n=5))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method="inclusive"))
print(statistics.quantiles([1.5, 2.0, 9.25], n=3, method="inclusive"), statistics.quantiles([1, 5], n=1))
print(statistics.quantiles([F(1, 2), F(3, 2), 3, 7], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, x), statistics.correlation(x, y))
print(statistics.linear_regression(x, [2 * v + 1 for v in x]))
print(statistics.linear_regression([1, 2, 3], [2, 4.5, 6], proportional=True))
r = statistics.linear_regression(x, y)
print(r.slope, r.intercept, type(r).__name__)

print(issubclass(statistics.StatisticsError, ValueError))
for call in (lambda: statistics.mean([]), lambda: statistics.fmean([]), lambda: statistics.median([]),
             lambda: statistics.median_low([]), lambda: statistics.median_high(()),
             lambda: statistics.median_grouped([]), lambda: statistics.mode([]),
             lambda: statistics.variance([1]), lambda: statistics.pvariance([]),
             lambda: statistics.stdev([1]), lambda: statistics.pstdev([]),
             lambda: statistics.quantiles([1]), lambda: statistics.quantiles([1, 2], n=0),
             lambda: statistics.quantiles([1, 2], method="nope"),
             lambda: statistics.geometric_mean([]), lambda: statistics.geometric_mean([1, -1]),
             lambda: statistics.harmonic_mean([]), lambda: statistics.harmonic_mean([1, -1]),
             lambda: statistics.harmonic_mean([-1]), lambda: statistics.harmonic_mean([1, 2], weights=[1]),
             lambda: statistics.fmean([1, 2], weights=[1]), lambda: statistics.fmean([1, 2], [0, 0]),
             lambda: statistics.covariance([1, 2], [1]), lambda: statistics.covariance([1], [1]),
             lambda: statistics.correlation([1, 1], [1, 2]), lambda: statistics.correlation([1], [2, 3]),
             lambda: statistics.linear_regression([1, 1], [1, 2]), lambda: statistics.linear_regression([1], [1]),
             lambda: statistics.mean(["a", "b"]), lambda: statistics.median_grouped(["a", "b"]),
             lambda: statistics.mode([[1], [1]]), lambda: statistics.mean([1.5, F(1, 2)])):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    statistics.variance([])
except statistics.StatisticsError as e:
    print("caught", e)
