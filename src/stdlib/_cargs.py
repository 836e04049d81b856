"""Argument handling shared by the stdlib classes that stand in for CPython's C types
(`itertools`, `_collections`): the checks and messages of CPython's argument parsers."""

import sys

MISSING = object()


def keyword_args(name, args, kwargs, names, required):
    """Binds `args`/`kwargs` to `names` as CPython's keyword-argument parser does (missing
    optional ones are `MISSING`)."""
    __tracebackhide__ = True
    if len(args) > len(names):
        raise TypeError(f"{name}() takes at most {len(names)} arguments ({len(args)} given)")
    values = list(args) + [MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"{key!r} is an invalid keyword argument for {name}()")
        index = names.index(key)
        if index < len(args):
            raise TypeError(f"argument for {name}() given by name ({key!r}) and position ({index + 1})")
        values[index] = value
    for index in range(required):
        if values[index] is MISSING:
            raise TypeError(f"{name}() missing required argument {names[index]!r} (pos {index + 1})")
    return values


def positional_args(name, args, kwargs, low, high):
    """Checks a call that takes `low` to `high` positional arguments and no keywords."""
    __tracebackhide__ = True
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if low <= n <= high:
        return args
    if low == high:
        raise TypeError(f"{name} expected {low} argument{'s' if low != 1 else ''}, got {n}")
    if n < low:
        raise TypeError(f"{name} expected at least {low} argument{'s' if low != 1 else ''}, got {n}")
    raise TypeError(f"{name} expected at most {high} argument{'s' if high != 1 else ''}, got {n}")


def has_index(value):
    """Can `value` serve as an integer (an int, or a type with `__index__`)?"""
    return isinstance(value, int) or getattr(type(value), "__index__", None) is not None


def index(value):
    """`value.__index__()`, as CPython takes an integer argument."""
    __tracebackhide__ = True
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def ssize(value):
    """The machine-int value of `value`, or -1 (CPython's error marker) if it has none."""
    try:
        value = index(value)
    except TypeError:
        return -1
    return value if -sys.maxsize - 1 <= value <= sys.maxsize else -1
