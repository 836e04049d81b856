# An LRU cache built on OrderedDict compared with functools.lru_cache and its cache_info().
from collections import OrderedDict
from functools import lru_cache, wraps


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        evicted = None
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
        return evicted

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"


def memo(capacity):
    def deco(fn):
        cache = LRU(capacity)

        @wraps(fn)
        def wrapper(*args):
            sentinel = object()
            got = cache.get(args, sentinel)
            if got is sentinel:
                got = fn(*args)
                cache.put(args, got)
            return got

        wrapper.cache = cache
        return wrapper
    return deco


@memo(3)
def slow_square(n):
    """Square n (slowly)."""
    return n * n


@lru_cache(maxsize=3)
def fast_square(n):
    return n * n


calls = [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]
print([slow_square(n) for n in calls])
print([fast_square(n) for n in calls])
print(slow_square.cache)
print(fast_square.cache_info())
print(slow_square.__name__, slow_square.__doc__, slow_square.__wrapped__(9))

c = LRU(2)
for k, v in [("a", 1), ("b", 2), ("a", 10), ("c", 3), ("d", 4)]:
    print(f"put {k}={v} evicted={c.put(k, v)}")
print(c.get("a"), c.get("c"), c.get("d"), c)
c.data.move_to_end("d", last=False)
print(list(c.data.items()), c.data == {"c": 3, "d": 4}, c.data == OrderedDict(c=3, d=4))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=128)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.cache_info().hits, paths.cache_info().currsize)
info = fast_square.cache_info()
print(info.maxsize, info._fields if hasattr(info, "_fields") else None, tuple(info))
