# Iterator protocol classes: __iter__/__next__, reusable iterables, sentinels, and generator delegation.
from itertools import takewhile


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    """A reusable iterable: each iter() starts over."""

    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, rc):
        r, c = rc
        return 0 <= r < self.rows and 0 <= c < self.cols

    def __reversed__(self):
        return ((r, c) for r in reversed(range(self.rows)) for c in reversed(range(self.cols)))


class Peekable:
    _empty = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._peeked = self._empty

    def __iter__(self):
        return self

    def peek(self, default=None):
        if self._peeked is self._empty:
            self._peeked = next(self._it, self._empty)
        return default if self._peeked is self._empty else self._peeked

    def __next__(self):
        if self._peeked is not self._empty:
            value, self._peeked = self._peeked, self._empty
            return value
        return next(self._it)


c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(iter(Countdown(0)), "done"))
grid = Range2D(2, 3)
print(list(grid), len(grid), (1, 2) in grid, (2, 0) in grid, list(reversed(grid))[:2])
print(sum(1 for _ in grid), sorted(grid, key=lambda rc: (-rc[1], rc[0]))[:3])
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("END"))
it = iter(Countdown(5))
print(next(it), next(it), list(zip(it, "xyz")))


def chunks(iterable, n):
    it = iter(iterable)
    while chunk := [x for _, x in zip(range(n), it)]:
        yield chunk


print(list(chunks(range(10), 4)), list(chunks([], 3)))
lines = iter(["header", "a", "b", "", "ignored"])
print(next(lines), list(takewhile(bool, lines)), list(lines))


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, [4])], [], 5])))


def averager():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total, n
        total += x
        n += 1
        avg = total / n


def run_averager(values):
    result = yield from averager_wrapper(values)
    return result


def averager_wrapper(values):
    g = averager()
    next(g)
    for v in values:
        print("  avg so far", g.send(v))
    try:
        g.send(None)
    except StopIteration as stop:
        return stop.value


gen = run_averager([10, 20, 60])
try:
    next(gen)
except StopIteration as stop:
    print("result", stop.value)
e = enumerate(Countdown(3), start=1)
print(next(e), list(e), iter(e) is e)
