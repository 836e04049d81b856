# A MutableMapping subclass gets pop, popitem, setdefault, update and clear.
from collections.abc import MutableMapping


class LowerDict(MutableMapping):
    """A dict whose keys are folded to lower case."""

    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


d = LowerDict({"One": 1}, TWO=2)
d.update([("Three", 3)])
d.update({"FOUR": 4})
print(dict(d), d["ONE"], "two" in d, len(d))
print(d.pop("three"), d.pop("missing", "default"), d.setdefault("Five", 5), d.setdefault("five", 50))
print(d.popitem(), dict(d))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
d.clear()
print(dict(d), len(d))
try:
    d.popitem()
except KeyError:
    print("popitem on empty")
try:
    MutableMapping()
except TypeError as e:
    print(e)
