# Infinity and NaN behaviour.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-nan"))
print(repr(inf), repr(nan))
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
x = nan
print(x is x, x == x)
print([nan] == [nan])
print(1 / inf, -1 / inf)
print(inf // 1, -inf % 3 if False else inf % 3)
print(max(1.0, inf), min(-inf, 0))
print(str(float("INF")), str(float("nAn")))
print(inf == 10 ** 400, inf > 10 ** 400)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
print(float("  3.5  "), float("-1e3"), float("1_000.5"))
