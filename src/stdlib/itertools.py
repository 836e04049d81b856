"""Functions creating iterators for efficient looping.

Each iterator is a class, as in CPython (`type(count())` is `itertools.count`, subclassable),
following the C implementation step for step: the same laziness (which arguments are checked
or iterated at construction, which on the first `next`), the same error messages, and no
item read from an underlying iterator beyond what CPython reads. The methods set
`__tracebackhide__` so that, as with CPython's C code, no frame of this module shows in a
traceback.
"""

import sys

from _cargs import MISSING as _MISSING
from _cargs import index as _index
from _cargs import keyword_args as _keyword_args
from _cargs import positional_args as _positional_args
from _cargs import ssize as _ssize


def _is_number(value):
    return isinstance(value, (int, float, complex)) or any(
        hasattr(type(value), name) for name in ("__index__", "__int__", "__float__"))


class count:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        start, step = _keyword_args("count", args, kwargs, ["start", "step"], 0)
        start = 0 if start is _MISSING else start
        step = 1 if step is _MISSING else step
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        # CPython counts machine ints (so `count(True)` counts 1, 2, ...) when it can.
        if isinstance(start, int) and isinstance(step, int) and step == 1 and -sys.maxsize - 1 <= start <= sys.maxsize:
            start, step = int(start), 1
        self = object.__new__(cls)
        self._next = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f"{type(self).__name__}({self._next!r})"
        return f"{type(self).__name__}({self._next!r}, {self._step!r})"


class cycle:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        (iterable,) = _positional_args("cycle", args, kwargs, 1, 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        element, times = _keyword_args("repeat", args, kwargs, ["object", "times"], 1)
        self = object.__new__(cls)
        self._element = element
        # -1: forever.
        self._left = -1 if times is _MISSING else max(_index(times), 0)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._element

    def __length_hint__(self):
        __tracebackhide__ = True
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return f"{type(self).__name__}({self._element!r})"
        return f"{type(self).__name__}({self._element!r}, {self._left})"


class accumulate:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        if len(args) > 2:
            raise TypeError(f"accumulate() takes at most 2 positional arguments ({len(args)} given)")
        iterable, func, initial = _keyword_args("accumulate", args, kwargs, ["iterable", "func", "initial"], 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._initial = None if initial is _MISSING else initial
        self._total = _MISSING
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _MISSING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        return cls._from_source(iter(args))

    @classmethod
    def _from_source(cls, source):
        self = object.__new__(cls)
        self._source = source
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args):
        __tracebackhide__ = True
        if len(args) != 1:
            raise TypeError(f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        return cls._from_source(iter(args[0]))

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        while True:
            if self._active is not None:
                item = next(self._active, _MISSING)
                if item is not _MISSING:
                    return item
                self._active = None
            if self._source is None:
                raise StopIteration
            iterable = next(self._source, _MISSING)
            if iterable is _MISSING:
                self._source = None
                raise StopIteration
            self._active = iter(iterable)


class compress:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        data, selectors = _keyword_args("compress", args, kwargs, ["data", "selectors"], 2)
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        predicate, iterable = _positional_args("dropwhile", args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        for item in self._it:
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item
        raise StopIteration


class takewhile:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        predicate, iterable = _positional_args("takewhile", args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._predicate = predicate
        self._it = iter(iterable)
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        predicate, iterable = _positional_args("filterfalse", args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._predicate = bool if predicate is None else predicate
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        for item in self._it:
            if not self._predicate(item):
                return item
        raise StopIteration


class starmap:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        function, iterable = _positional_args("starmap", args, kwargs, 2, 2)
        self = object.__new__(cls)
        self._function = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        args = next(self._it)
        return self._function(*(args if type(args) is tuple else tuple(args)))


class islice:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        args = _positional_args("islice", args, kwargs, 2, 4)
        stop_error = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        start, stop, step = 0, -1, 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(stop_error)
        else:
            if args[1] is not None:
                start = _ssize(args[1])
            if args[2] is not None:
                stop = _ssize(args[2])
                if stop == -1:
                    raise ValueError(stop_error)
        if start < 0 or stop < -1:
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if len(args) == 4 and args[3] is not None:
            step = _ssize(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop != -1 and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class _grouper:
    def __new__(cls, parent, key):
        self = object.__new__(cls)
        self._parent = parent
        self._key = key
        parent._grouper = self
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._value is _MISSING:
            parent._step()
        key = parent._key
        if not (self._key is key or self._key == key):
            raise StopIteration
        value = parent._value
        parent._value = _MISSING
        return value


class groupby:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        iterable, key = _keyword_args("groupby", args, kwargs, ["iterable", "key"], 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._target = self._key = self._value = _MISSING
        self._grouper = None
        return self

    def _step(self):
        __tracebackhide__ = True
        value = next(self._it)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        self._grouper = None
        # Skip to the start of the next group.
        while True:
            if self._key is _MISSING:
                self._step()
            elif self._target is _MISSING:
                break
            elif self._target is self._key or self._target == self._key:
                self._step()
            else:
                break
        self._target = self._key
        return (self._key, _grouper(self, self._target))


class _tee:
    """One of `tee`'s iterators: all of them walk one shared linked list of the items read
    from the underlying iterator, each link `[item, next_link]` (`next_link` None until read)."""

    def __new__(cls, iterable):
        __tracebackhide__ = True
        if isinstance(iterable, _tee):
            return iterable.__copy__()
        self = object.__new__(cls)
        self._shared = [iter(iterable)]
        self._link = [None, None]
        return self

    def __copy__(self):
        other = object.__new__(type(self))
        other._shared = self._shared
        other._link = self._link
        return other

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        link = self._link
        if link[1] is None:
            link[0] = next(self._shared[0])
            link[1] = [None, None]
        self._link = link[1]
        return link[0]


def tee(*args, **kwargs):
    __tracebackhide__ = True
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    args = _positional_args("tee", args, {}, 1, 2)
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(args[0])
    if n == 0:
        return ()
    copyable = it if hasattr(it, "__copy__") else _tee(it)
    result = [copyable]
    for _ in range(n - 1):
        copyable = copyable.__copy__()
        result.append(copyable)
    return tuple(result)


class pairwise:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        (iterable,) = _positional_args("pairwise", args, kwargs, 1, 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._old = _MISSING
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _MISSING:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        old, self._old = self._old, new
        return (old, new)


class zip_longest:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        fillvalue = kwargs.pop("fillvalue", None)
        if kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        self = object.__new__(cls)
        self._iterators = [iter(it) for it in args]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        iterators = self._iterators
        if not self._active:
            raise StopIteration
        values = []
        for index, it in enumerate(iterators):
            if it is None:
                values.append(self._fillvalue)
                continue
            for value in it:
                values.append(value)
                break
            else:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                iterators[index] = None
                values.append(self._fillvalue)
        return tuple(values)


# The combinatoric iterators: CPython's state machines (indices into tuple pools). Each
# keeps `_pool` (or `_pools`) None once exhausted and `_indices` None before the first item
# (permutations keeps them in its `_state` list).


class product:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        repeat = 1
        for key, value in kwargs.items():
            if key != "repeat":
                raise TypeError(f"{key!r} is an invalid keyword argument for product()")
            repeat = _index(value)
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        self = object.__new__(cls)
        self._pools = [tuple(pool) for pool in args] * repeat
        self._indices = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        pools = self._pools
        if pools is None:
            raise StopIteration
        if self._indices is None:
            if not all(pools):
                self._pools = None
                raise StopIteration
            self._indices = [0] * len(pools)
            self._result = result = [pool[0] for pool in pools]
            return tuple(result)
        indices, result = self._indices, self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            index = indices[i] + 1
            if index < len(pool):
                indices[i] = index
                result[i] = pool[index]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._pools = None
        raise StopIteration


class permutations:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        iterable, r = _keyword_args("permutations", args, kwargs, ["iterable", "r"], 1)
        pool = tuple(iterable)
        if r is _MISSING or r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        # [pool, r, indices, cycles], all advanced by `_permutations_step` (one attribute
        # and one call per item: this `__next__` runs once per permutation).
        self._state = [pool, r, None, None]
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        item = _permutations_step(self._state)
        if item is None:
            raise StopIteration
        return item


def _pool_and_r(name, args, kwargs):
    __tracebackhide__ = True
    iterable, r = _keyword_args(name, args, kwargs, ["iterable", "r"], 2)
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return pool, r


class combinations:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        self = object.__new__(cls)
        self._pool, self._r = _pool_and_r("combinations", args, kwargs)
        self._indices = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        pool = self._pool
        if pool is None:
            raise StopIteration
        n, r = len(pool), self._r
        indices = self._indices
        if indices is None:
            if r > n:
                self._pool = None
                raise StopIteration
            self._indices = list(range(r))
            return pool[:r]
        item = _combinations_step(pool, r, indices)
        if item is None:
            self._pool = None
            raise StopIteration
        return item


class combinations_with_replacement:
    def __new__(cls, *args, **kwargs):
        __tracebackhide__ = True
        self = object.__new__(cls)
        self._pool, self._r = _pool_and_r("combinations_with_replacement", args, kwargs)
        self._indices = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        __tracebackhide__ = True
        pool = self._pool
        if pool is None:
            raise StopIteration
        n, r = len(pool), self._r
        indices = self._indices
        if indices is None:
            if not n and r:
                self._pool = None
                raise StopIteration
            self._indices = [0] * r
            return (pool[0],) * r if r else ()
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._pool = None
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple([pool[k] for k in indices])


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
             starmap, islice, _grouper, groupby, _tee, pairwise, zip_longest, product, permutations,
             combinations, combinations_with_replacement):
    _c_type(_cls, "itertools." + _cls.__name__)
del _cls
