"""Shallow and deep copy operations."""


class Error(Exception):
    pass


error = Error


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, tuple, bytes, frozenset, type, range, type(None)):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    new = object.__new__(cls)
    new.__dict__.update(x.__dict__)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, bytes, frozenset, type, range, type(None)):
        return x
    if cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(a, memo) for a in x)
        return y
    if cls is tuple:
        return tuple(deepcopy(a, memo) for a in x)
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        return {deepcopy(a, memo) for a in x}
    copier = getattr(cls, "__deepcopy__", None)
    if copier is not None:
        y = copier(x, memo)
        # As CPython: the copy is remembered, so an object shared twice is copied once.
        if y is not x:
            memo[key] = y
        return y
    y = object.__new__(cls)
    memo[key] = y
    for k, v in x.__dict__.items():
        setattr(y, k, deepcopy(v, memo))
    return y
