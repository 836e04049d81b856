# Dispatching on collections.abc types to print nested data of built-in and user types.
from collections.abc import Mapping, Sequence, Set, Iterable
from collections import OrderedDict


def show(value, indent=0):
    pad = "  " * indent
    if isinstance(value, (str, bytes, bytearray)):
        print(pad + repr(value))
    elif isinstance(value, Mapping):
        print(pad + f"mapping({len(value)})")
        for key in sorted(value):
            print(pad + f"  {key!r}:")
            show(value[key], indent + 2)
    elif isinstance(value, Set):
        print(pad + f"set of {len(value)}: {sorted(value)}")
    elif isinstance(value, Sequence):
        print(pad + f"sequence({len(value)})")
        for item in value:
            show(item, indent + 1)
    elif isinstance(value, Iterable):
        print(pad + "iterable: " + repr(list(value)))
    else:
        print(pad + repr(value))


class Pair(Sequence):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __getitem__(self, i):
        return (self.a, self.b)[i]

    def __len__(self):
        return 2


data = {"name": "demo", "tags": {"x", "y"}, "points": [(1, 2), Pair(3, 4)], "raw": b"\x01",
        "nested": OrderedDict(b=range(2), a=frozenset({3})), "gen": (i * i for i in range(3)), "n": 7}
show(data)
