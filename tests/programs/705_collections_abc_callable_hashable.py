# Callable and Hashable, and how __hash__ = None and __eq__ change hashability.
from collections.abc import Callable, Hashable


class Adder:
    def __call__(self, x):
        return x + 1


class Plain:
    pass


class EqOnly:
    def __eq__(self, other):
        return True


class EqAndHash(EqOnly):
    def __hash__(self):
        return 1


for value in [len, print, Adder(), Adder, Plain(), lambda: 0, 5, "s", [], max, Plain]:
    print(type(value).__name__, isinstance(value, Callable), isinstance(value, Hashable))
print(isinstance(EqOnly(), Hashable), isinstance(EqAndHash(), Hashable), issubclass(EqOnly, Hashable))
print(issubclass(list, Hashable), issubclass(tuple, Hashable), issubclass(dict, Hashable), issubclass(int, Callable))
print(callable(Adder()), Adder()(1))


def apply(f, value):
    if not isinstance(f, Callable):
        raise TypeError(f"{f!r} is not callable")
    return f(value)


print(apply(str.upper, "abc"), apply(Adder(), 1))
try:
    apply(42, 1)
except TypeError as e:
    print(e)
