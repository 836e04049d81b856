"""fractions.Fraction: construction (ints, floats, strings, two rationals), lowest terms,
arithmetic mixed with ints, floats and complexes, comparison and hashing across types,
rounding, limit_denominator, and the errors of bad literals and zero denominators."""

from fractions import Fraction as F
import math
a, b = F(1, 3), F("-2/4")
print(a, b, repr(b), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(b), +a)
print(a + 1, 1 + a, a * 2.0, 2.0 * a, a ** 2, a ** -2, 2 ** F(3), 4 ** F(1, 2), a ** 0.5)
print(F(3.75), F("1.25e-2"), F(" -7 "), F("3.1415"), F(0.1), F(10, -4), F(F(1, 2), F(1, 3)), F(True))
print(F(0.1).limit_denominator(10), F(math.pi).limit_denominator(1000), F(1, 3).limit_denominator(2))
print(a == F(2, 6), a < b, b < a, a <= 0.5, F(1, 2) == 0.5, F(2) == 2, 0.5 == F(1, 2), a > 0, F(1, 2) != 0.5, F(5, 2) == 2.5 + 0j)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(-1)))
print(float(a), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), round(F(12345), -2), math.trunc(F(-7, 2)))
print(a.numerator, a.denominator, b.as_integer_ratio(), F.from_float(0.25), bool(F(0)), sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(sum([F(1, n) for n in range(1, 7)]), {F(1, 2): "half"}[F(2, 4)], {0.5: "half"}[F(1, 2)], isinstance(a, __import__("numbers").Rational))
for bad in ["1/0", "abc", "1.2/3", "", "1e", "/2", "3/"]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ([],)]:
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print(e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print(e)
print(F(1, 2) + 1j, f"{F(3, 4)}", str(F(-3, 1)), F(7, 3) % 1, F(-7, 3) // 2, 7 // F(2, 3), 7 % F(2, 3))
