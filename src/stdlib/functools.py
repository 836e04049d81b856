"""Higher-order functions and operations on callable objects."""

from collections import namedtuple
from types import GenericAlias

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)
_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        for k, v in getattr(wrapped, attr, {}).items():
            setattr(wrapper, k, v)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New function with partial application of the given arguments and keywords."""

    # The state lives under private names; `__dict__` is a separate dictionary for the
    # attributes a user sets, as on CPython's C type (whose `func`, `args` and `keywords`
    # are read-only and never appear in `__dict__`).
    _READONLY = ("func", "args", "keywords")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a partial (without attributes of its own) is flattened.
        if isinstance(func, partial) and not object.__getattribute__(func, "_partial_dict"):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        object.__setattr__(self, "_partial_func", func)
        object.__setattr__(self, "_partial_args", tuple(args))
        object.__setattr__(self, "_partial_keywords", keywords)
        object.__setattr__(self, "_partial_dict", {})
        return self

    def __init__(self, *args, **keywords):
        pass

    @property
    def func(self):
        return self._partial_func

    @property
    def args(self):
        return self._partial_args

    @property
    def keywords(self):
        return self._partial_keywords

    @property
    def __dict__(self):
        return self._partial_dict

    def __getattr__(self, name):
        attrs = object.__getattribute__(self, "_partial_dict")
        if name in attrs:
            return attrs[name]
        raise AttributeError(f"'{partial._type_name(self)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name in partial._READONLY:
            raise AttributeError("readonly attribute")
        if name == "__dict__":
            if not isinstance(value, dict):
                raise TypeError(f"__dict__ must be set to a dictionary, not a '{type(value).__name__}'")
            object.__setattr__(self, "_partial_dict", value)
        elif hasattr(type(self), name):
            object.__setattr__(self, name, value)
        else:
            self._partial_dict[name] = value

    def __delattr__(self, name):
        if name in partial._READONLY:
            raise AttributeError("readonly attribute")
        if name == "__dict__":
            raise TypeError("cannot delete __dict__")
        attrs = self._partial_dict
        if name not in attrs:
            raise AttributeError(f"'{partial._type_name(self)}' object has no attribute '{name}'")
        del attrs[name]

    def __call__(self, /, *args, **keywords):
        merged = {**self._partial_keywords, **keywords}
        return self._partial_func(*self._partial_args, *args, **merged)

    def __repr__(self):
        parts = [repr(self._partial_func)]
        parts.extend(repr(x) for x in self._partial_args)
        parts.extend(f"{k}={v!r}" for k, v in self._partial_keywords.items())
        return partial._type_name(self) + "(" + ", ".join(parts) + ")"

    def _type_name(self):
        # The C type's name is qualified; a subclass's is its own.
        return "functools.partial" if type(self) is partial else type(self).__name__

    def __reduce__(self):
        state = (self._partial_func, self._partial_args, self._partial_keywords, self._partial_dict or None)
        return type(self), (self._partial_func,), state

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, attrs = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError("invalid partial state")
        object.__setattr__(self, "_partial_func", func)
        object.__setattr__(self, "_partial_args", tuple(args))
        object.__setattr__(self, "_partial_keywords", dict(keywords or {}))
        object.__setattr__(self, "_partial_dict", {} if attrs is None else attrs)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    roots = {op for op in ("__lt__", "__le__", "__gt__", "__ge__") if op in cls.__dict__}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = "__lt__" if "__lt__" in roots else ("__le__" if "__le__" in roots else ("__gt__" if "__gt__" in roots else "__ge__"))
    if root == "__lt__":
        derived = {
            "__gt__": lambda self, other: _not_or_ni(self.__lt__(other), self == other, True),
            "__le__": lambda self, other: _or_eq(self.__lt__(other), self == other),
            "__ge__": lambda self, other: _negate(self.__lt__(other)),
        }
    elif root == "__le__":
        derived = {
            "__ge__": lambda self, other: _not_or_eq(self.__le__(other), self == other),
            "__lt__": lambda self, other: _and_ne(self.__le__(other), self == other),
            "__gt__": lambda self, other: _negate(self.__le__(other)),
        }
    elif root == "__gt__":
        derived = {
            "__lt__": lambda self, other: _not_or_ni(self.__gt__(other), self == other, True),
            "__ge__": lambda self, other: _or_eq(self.__gt__(other), self == other),
            "__le__": lambda self, other: _negate(self.__gt__(other)),
        }
    else:
        derived = {
            "__le__": lambda self, other: _not_or_eq(self.__ge__(other), self == other),
            "__gt__": lambda self, other: _and_ne(self.__ge__(other), self == other),
            "__lt__": lambda self, other: _negate(self.__ge__(other)),
        }
    for name, method in derived.items():
        if name not in roots:
            setattr(cls, name, method)
    return cls


def _negate(result):
    return result if result is NotImplemented else not result


def _or_eq(result, equal):
    return result if result is NotImplemented else (result or equal)


def _not_or_ni(result, equal, _):
    return result if result is NotImplemented else (not result and not equal)


def _not_or_eq(result, equal):
    return result if result is NotImplemented else (not result or equal)


def _and_ne(result, equal):
    return result if result is NotImplemented else (result and not equal)


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _lru_wrapper(maxsize, 128)

    def decorating(user_function):
        return _lru_wrapper(user_function, maxsize)
    return decorating


def cache(user_function):
    return _lru_wrapper(user_function, None)


def _lru_wrapper(user_function, maxsize):
    store = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = args
        if kwds:
            key = args + (_kwd_mark,) + tuple(sorted(kwds.items()))
        if key in store:
            stats[0] += 1
            value = store.pop(key)
            store[key] = value
            return value
        stats[1] += 1
        value = user_function(*args, **kwds)
        store[key] = value
        if maxsize is not None and len(store) > maxsize:
            del store[next(iter(store))]
        return value

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(store))

    def cache_clear():
        store.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)


_kwd_mark = object()


def singledispatch(func):
    """A function that runs the implementation registered for its first argument's class
    (the nearest class in its MRO; `func` itself for anything else)."""
    registry = {object: func}

    def dispatch(cls):
        for base in cls.__mro__:
            if base in registry:
                return registry[base]
        return func

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            func = cls
            hints = {k: v for k, v in getattr(func, "__annotations__", {}).items() if k != "return"}
            if not hints:
                raise TypeError(f"Invalid first argument to `register()`: {func!r}. "
                                "Use either `@register(some_class)` or plain `@register` "
                                "on an annotated function.")
            cls = next(iter(hints.values()))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the class of its first argument after `self` (or `cls`)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


class partialmethod:
    """A method descriptor with some of its arguments given: `partial` for methods (wrapping a
    function, or another descriptor such as a classmethod)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        # A partialmethod of a partialmethod is flattened, so that `self` comes first.
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}({self.func}, {args}, {keywords})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            # A descriptor that made something new (a bound classmethod, ...) is called as is.
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the instance's `__dict__`
    (under the attribute's own name, so later reads never reach the descriptor). Without
    CPython 3.11's lock, as in 3.12."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f"does not support item assignment for caching {self.attrname!r} "
                                "property.") from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
