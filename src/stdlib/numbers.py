"""The numeric tower of abstract base classes (PEP 3141): Number, Complex, Real, Rational and
Integral, with int, float and complex registered, so `isinstance(x, numbers.Real)` and its
like answer as in CPython. Subclasses must define the abstract methods each class lists."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""

    __slots__ = ()
    __hash__ = None


def _abstract(name):
    def method(self, *args):
        raise NotImplementedError

    method.__name__ = name
    return abstractmethod(method)


def _level(name, base, doc, methods, properties=(), **concrete):
    """The class `name` of the tower under `base`: abstract `methods` and `properties`, and
    the `concrete` methods it defines for its subclasses."""
    namespace = {"__module__": __name__, "__qualname__": name, "__doc__": doc, "__slots__": ()}
    namespace.update((m, _abstract(m)) for m in methods.split())
    namespace.update((p, property(_abstract(p))) for p in properties)
    namespace.update(concrete)
    return ABCMeta(name, (base,), namespace)


Complex = _level(
    "Complex", Number, "Numbers with real and imaginary parts, and the operations of complex numbers.",
    "__complex__ __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ __truediv__ __rtruediv__ __pow__ "
    "__rpow__ __abs__ conjugate __eq__",
    ("real", "imag"),
    __bool__=lambda self: self != 0,
    __sub__=lambda self, other: self + -other,
    __rsub__=lambda self, other: -self + other,
)
Complex.register(complex)

Real = _level(
    "Real", Complex, "Numbers on the real line: comparisons, rounding, floor division and remainder.",
    "__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ __mod__ __rmod__ "
    "__lt__ __le__",
    __divmod__=lambda self, other: (self // other, self % other),
    __rdivmod__=lambda self, other: (other // self, other % self),
    __complex__=lambda self: complex(float(self)),
    real=property(lambda self: +self),
    imag=property(lambda self: 0),
    conjugate=lambda self: +self,
)
Real.register(float)

Rational = _level(
    "Rational", Real, "Real numbers that are the ratio of two integers.", "",
    ("numerator", "denominator"),
    __float__=lambda self: int(self.numerator) / int(self.denominator),
)

Integral = _level(
    "Integral", Rational, "Integers: conversion to int, and the bitwise operations.",
    "__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ "
    "__or__ __ror__ __invert__",
    __index__=lambda self: int(self),
    __float__=lambda self: float(int(self)),
    numerator=property(lambda self: +self),
    denominator=property(lambda self: 1),
)
Integral.register(int)
