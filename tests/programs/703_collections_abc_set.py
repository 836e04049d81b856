# A Set subclass gets comparisons and the &, |, -, ^ operators; MutableSet gets add-based methods.
from collections.abc import Set, MutableSet


class ListSet(Set):
    def __init__(self, items=()):
        self._items = []
        for item in items:
            if item not in self._items:
                self._items.append(item)

    def __contains__(self, item):
        return item in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"ListSet({self._items})"


a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]), a != b, a >= ListSet(), a > a)
print(a.isdisjoint([7, 8]), a.isdisjoint(b), a == {1, 2, 3}, a & [1, 9])
print(a._hash() == ListSet([3, 1, 2])._hash())


class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = set(items)

    def __contains__(self, item):
        return item in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)

    def add(self, item):
        self._items.add(item)

    def discard(self, item):
        self._items.discard(item)


bag = Bag()
bag |= {3, 1, 2}
print(list(bag), len(bag))
bag -= {1}
bag ^= {2, 9}
print(list(bag))
bag &= {3, 4}
print(list(bag), bag.pop(), list(bag))
try:
    bag.remove(42)
except KeyError as e:
    print("KeyError", e)
bag.add(5)
bag.clear()
print(list(bag))
