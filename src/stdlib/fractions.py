"""Rational numbers: `Fraction(numerator, denominator)`, always in lowest terms with a positive
denominator, made from ints, other fractions, floats and strings ("3/4", "-1.25e-2"), exact
in arithmetic with ints and fractions and float (or complex) with floats, hashing and comparing
equal to the int or float of the same value, as CPython's `fractions`."""

import math
import numbers

__all__ = ["Fraction"]

# The modulus and the hash of infinity of Python's numeric hash (sys.hash_info).
_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None."""
    body = text.strip().replace("_", "") if "__" not in text else ""
    sign = 1
    if body[:1] in ("+", "-"):
        sign = -1 if body[0] == "-" else 1
        body = body[1:]
    if "/" in body:
        top, _, bottom = body.partition("/")
        if top.isdigit() and bottom.isdigit() and top.isascii() and bottom.isascii():
            return sign * int(top), int(bottom)
        return None
    mantissa, exponent = body, 0
    for mark in ("e", "E"):
        if mark in body:
            mantissa, _, power = body.partition(mark)
            digits = power[1:] if power[:1] in ("+", "-") else power
            if not (digits.isdigit() and digits.isascii()):
                return None
            exponent = int(power)
            break
    whole, dot, fraction = mantissa.partition(".")
    if not (whole or fraction) or not all(p.isdigit() and p.isascii() for p in (whole, fraction) if p):
        return None
    numerator = int(whole + fraction or "0")
    denominator = 10 ** len(fraction)
    if exponent >= 0:
        numerator *= 10 ** exponent
    else:
        denominator *= 10 ** -exponent
    return sign * numerator, denominator


class Fraction(numbers.Rational):
    """The rational number numerator/denominator."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, numbers.Rational):
                n, d = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                n, d = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError(f"Fraction({n}, 0)")
        common = math.gcd(n, d)
        if d < 0:
            common = -common
        self._numerator = n // common
        self._denominator = d // common
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with a denominator of at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # The convergents of the continued fraction, up to the last within the bound.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semiconvergent = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    def __repr__(self):
        return f"{type(self).__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # Arithmetic: exact with ints and fractions, float with floats, complex with complexes.

    def _operate(self, other, exact, inexact, reflected=False):
        if isinstance(other, (int, Fraction)) or isinstance(other, numbers.Rational):
            other = Fraction(other)
            return exact(other, self) if reflected else exact(self, other)
        if isinstance(other, (float, complex)):
            return inexact(other, float(self)) if reflected else inexact(float(self), other)
        return NotImplemented

    def __add__(self, other):
        return self._operate(other, _add, lambda a, b: a + b)

    def __radd__(self, other):
        return self._operate(other, _add, lambda a, b: a + b, True)

    def __sub__(self, other):
        return self._operate(other, _sub, lambda a, b: a - b)

    def __rsub__(self, other):
        return self._operate(other, _sub, lambda a, b: a - b, True)

    def __mul__(self, other):
        return self._operate(other, _mul, lambda a, b: a * b)

    def __rmul__(self, other):
        return self._operate(other, _mul, lambda a, b: a * b, True)

    def __truediv__(self, other):
        return self._operate(other, _div, lambda a, b: a / b)

    def __rtruediv__(self, other):
        return self._operate(other, _div, lambda a, b: a / b, True)

    def __floordiv__(self, other):
        return self._operate(other, _floordiv, lambda a, b: a // b)

    def __rfloordiv__(self, other):
        return self._operate(other, _floordiv, lambda a, b: a // b, True)

    def __mod__(self, other):
        return self._operate(other, _mod, lambda a, b: a % b)

    def __rmod__(self, other):
        return self._operate(other, _mod, lambda a, b: a % b, True)

    def __divmod__(self, other):
        return self._operate(other, _divmod, divmod)

    def __rdivmod__(self, other):
        return self._operate(other, _divmod, divmod, True)

    def __pow__(self, other):
        if isinstance(other, numbers.Rational) and other.denominator == 1:
            power = other.numerator
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError(f"Fraction({self._denominator ** -power}, 0)")
            return Fraction(self._denominator ** -power, self._numerator ** -power)
        if isinstance(other, (float, complex)) or isinstance(other, numbers.Rational):
            return float(self) ** (other if isinstance(other, (float, complex)) else float(other))
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, numbers.Rational):
            return Fraction(other.numerator, other.denominator) ** self
        if self._denominator == 1:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator or (remainder * 2 == self._denominator and floor % 2 == 0):
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __hash__(self):
        inverse = pow(self._denominator, _MODULUS - 2, _MODULUS)
        if self._denominator % _MODULUS == 0:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        value = value if self._numerator >= 0 else -value
        return -2 if value == -1 else value

    def __eq__(self, other):
        if isinstance(other, numbers.Rational):
            return self._numerator == other.numerator and self._denominator == other.denominator
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 == other
            return self == Fraction(other)
        return NotImplemented

    def _compare(self, other, test):
        if isinstance(other, numbers.Rational):
            return test(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return test(0.0, other)
            return self._compare(Fraction(other), test)
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        raise ZeroDivisionError(f"Fraction({a._numerator * b._denominator}, 0)")
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    denominator = a._denominator * b._denominator
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), denominator)


def _divmod(a, b):
    quotient, remainder = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
    return quotient, Fraction(remainder, a._denominator * b._denominator)
