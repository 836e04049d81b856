# The math module: functions, constants, integer results and error conventions.
import math
from math import pi, sqrt, floor

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(floor(-2.5), math.ceil(2.1), math.trunc(-7.9), type(floor(3.7)).__name__, math.floor(10 ** 30 + 0.0), math.ceil(5))
print(math.sin(pi / 6), math.cos(0), math.tan(pi / 4), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.degrees(pi), math.radians(180), math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, -3), math.remainder(7, 3))
print(math.factorial(20), math.factorial(25), math.gcd(12, 18, 30), math.lcm(4, 6), math.isqrt(10 ** 20 + 1), math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isfinite(1e308), math.isinf(float("inf")), math.isnan(math.nan))
print(math.modf(3.25), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)))
print(math.gamma(5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.asin(1), math.acos(0), math.atan(1), math.exp2(10))
print(math.log(10 ** 400), math.log2(2 ** 2000), math.pow(2, 10), math.pow(-8, 1 / 3) if False else math.pow(4, 0.5), math.expm1(1e-5))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.sqrt(True))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.factorial(-1)", "math.floor(math.inf)", "math.floor(math.nan)",
            "math.sqrt('x')", "math.factorial(2.5)", "math.pow(0, -1)", "math.acos(2)", "math.gamma(0)", "math.comb(-1, 2)", "math.log(-5, 2)", "math.sqrt()"]:
    try:
        eval_result = None
        if bad == "math.sqrt(-1)": math.sqrt(-1)
        elif bad == "math.log(0)": math.log(0)
        elif bad == "math.exp(1000)": math.exp(1000)
        elif bad == "math.factorial(-1)": math.factorial(-1)
        elif bad == "math.floor(math.inf)": math.floor(math.inf)
        elif bad == "math.floor(math.nan)": math.floor(math.nan)
        elif bad == "math.sqrt('x')": math.sqrt('x')
        elif bad == "math.factorial(2.5)": math.factorial(2.5)
        elif bad == "math.pow(0, -1)": math.pow(0, -1)
        elif bad == "math.acos(2)": math.acos(2)
        elif bad == "math.gamma(0)": math.gamma(0)
        elif bad == "math.comb(-1, 2)": math.comb(-1, 2)
        elif bad == "math.log(-5, 2)": math.log(-5, 2)
        else: math.sqrt()
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
