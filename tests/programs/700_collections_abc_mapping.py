# A Mapping subclass defines __getitem__, __iter__ and __len__ and gets the rest.
from collections.abc import Mapping, KeysView, ItemsView, ValuesView, Set


class Frozen(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Frozen({self._items})"


f = Frozen(a=1, b=2, c=3)
print(f, len(f), f["b"], f.get("z"), f.get("z", 0), "a" in f, "z" in f)
print(list(f.keys()), list(f.items()), list(f.values()))
print(f == {"a": 1, "b": 2, "c": 3}, f == {"a": 1}, f != Frozen(a=1, b=2, c=3), f == [1])
keys = f.keys()
print(type(keys).__name__, isinstance(keys, KeysView), isinstance(keys, Set), len(keys), "a" in keys)
print(keys & {"a", "z"}, sorted(keys | {"z"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(("a", 1) in f.items(), ("a", 2) in f.items(), 3 in f.values(), 9 in f.values())
print(isinstance(f.items(), ItemsView), isinstance(f.values(), ValuesView), dict(f), sorted(f))
try:
    f["z"]
except KeyError as e:
    print("KeyError", e)
try:
    reversed(f)
except TypeError as e:
    print(e)
print(f.__hash__ is None, isinstance(f, dict))
