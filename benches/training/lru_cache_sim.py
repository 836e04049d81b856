# Cache simulations: a hand-written LRU cache (dict + doubly linked list) and an OrderedDict LFU-ish cache.
# Exercises classes, decorators with functools.wraps, OrderedDict, properties and a zipf-like workload.
import functools
import random
from collections import OrderedDict


class _Link:
    __slots__ = ("prev", "next", "key", "value")


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.root = _Link()
        self.root.prev = self.root.next = self.root
        self.hits = self.misses = 0

    def _unlink(self, link):
        link.prev.next = link.next
        link.next.prev = link.prev

    def _push_front(self, link):
        link.next = self.root.next
        link.prev = self.root
        self.root.next.prev = link
        self.root.next = link

    def get(self, key, default=None):
        link = self.map.get(key)
        if link is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(link)
        self._push_front(link)
        return link.value

    def put(self, key, value):
        link = self.map.get(key)
        if link is not None:
            link.value = value
            self._unlink(link)
            self._push_front(link)
            return
        if len(self.map) >= self.capacity:
            victim = self.root.prev
            self._unlink(victim)
            del self.map[victim.key]
        link = _Link()
        link.key, link.value = key, value
        self.map[key] = link
        self._push_front(link)

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __len__(self):
        return len(self.map)

    def keys(self):
        link = self.root.next
        while link is not self.root:
            yield link.key
            link = link.next


class OrderedCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        try:
            value = self.data[key]
        except KeyError:
            self.misses += 1
            return None
        self.data.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


def memoize_with(cache):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            sentinel = object()
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = func(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return decorator


@memoize_with(LRUCache(200))
def expensive(a, b):
    """Pretend to be expensive."""
    s = 0
    for i in range(a % 13 + 3):
        s += (a * i + b) % 7
    return s


def zipf_keys(rng, n, universe):
    weights = [1.0 / (i + 1) for i in range(universe)]
    return rng.choices(range(universe), weights=weights, k=n)


def main():
    rng = random.Random(5)
    keys = zipf_keys(rng, 45000, 5000)
    results = []
    for cap in (50, 200, 1000):
        lru = LRUCache(cap)
        od = OrderedCache(cap)
        for k in keys:
            if lru.get(k) is None:
                lru.put(k, k * k)
            if od.get(k) is None:
                od.put(k, k * k)
        same = list(lru.keys()) == list(reversed(od.data.keys()))
        results.append((cap, round(lru.hit_rate, 4), od.hits, same))
    for r in results:
        print("capacity=%d lru_rate=%.4f od_hits=%d same_order=%s" % r)
    total = sum(expensive(rng.randint(0, 300), rng.randint(0, 3)) for _ in range(30000))
    print("memoized:", expensive.__name__, expensive.__doc__, total,
          "rate=%.3f" % expensive.cache.hit_rate, len(expensive.cache))


if __name__ == "__main__":
    main()
