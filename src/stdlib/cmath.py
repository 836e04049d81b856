"""cmath: mathematical functions of complex numbers, on top of `math` (the formulas CPython's
cmathmodule.c uses for finite values; special values of infinities and NaNs are not tabled)."""

import math

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)


def _complex(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z, 0.0)
    if hasattr(type(z), "__complex__") or hasattr(type(z), "__float__") or hasattr(type(z), "__index__"):
        return complex(z)
    raise TypeError(f"must be real number, not {type(z).__name__}")


def phase(z):
    z = _complex(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    return math.hypot(z.real, z.imag), math.atan2(z.imag, z.real)


def rect(r, phi):
    return complex(r * math.cos(phi), r * math.sin(phi))


def exp(z):
    z = _complex(z)
    length = math.exp(z.real)
    return complex(length * math.cos(z.imag), length * math.sin(z.imag))


def log(z, base=None):
    z = _complex(z)
    if z.real == 0.0 and z.imag == 0.0:
        raise ValueError("math domain error")
    result = complex(math.log(math.hypot(z.real, z.imag)), math.atan2(z.imag, z.real))
    if base is not None:
        result = result / log(base)
    return result


def log10(z):
    return log(z) / math.log(10.0)


def sqrt(z):
    z = _complex(z)
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax, ay = abs(z.real), abs(z.imag)
    s = 2.0 * math.sqrt(ax / 8.0 + math.hypot(ax / 8.0, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, math.copysign(d, z.imag))
    return complex(d, math.copysign(s, z.imag))


def cos(z):
    z = _complex(z)
    return complex(math.cos(z.real) * math.cosh(z.imag), -math.sin(z.real) * math.sinh(z.imag))


def sin(z):
    z = _complex(z)
    return complex(math.sin(z.real) * math.cosh(z.imag), math.cos(z.real) * math.sinh(z.imag))


def tan(z):
    return sin(z) / cos(z)


def cosh(z):
    z = _complex(z)
    return cos(complex(-z.imag, z.real))


def sinh(z):
    z = _complex(z)
    s = sin(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def tanh(z):
    return sinh(z) / cosh(z)


def isfinite(z):
    z = _complex(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _complex(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _complex(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _complex(a), _complex(b)
    if a == b:
        return True
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
