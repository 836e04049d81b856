# A sorted container as a Sequence: mixins give iteration, reversed, index, count and `in`.
from bisect import bisect_left, insort
from collections.abc import Sequence, Sized, Iterable


class SortedList(Sequence):
    def __init__(self, items=()):
        self._items = sorted(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)

    def add(self, item):
        insort(self._items, item)

    def __contains__(self, item):
        i = bisect_left(self._items, item)
        return i < len(self._items) and self._items[i] == item

    def __repr__(self):
        return f"SortedList({self._items})"


s = SortedList([5, 1, 4, 1])
s.add(3)
s.add(0)
print(s, len(s), s[0], s[-1], s[1:3], list(reversed(s)))
print(3 in s, 2 in s, s.index(4), s.count(1), sorted(s, reverse=True) == list(reversed(s)))
print(isinstance(s, Sized), isinstance(s, Iterable), isinstance(s, Sequence), isinstance(s, list))
print(sum(s), max(s), [x for x in s if x % 2], list(enumerate(s))[:2])
try:
    s.index(42)
except ValueError:
    print("42 not present")
