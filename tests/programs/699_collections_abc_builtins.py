# The built-in types against the collections.abc classes.
import collections.abc as cabc
from collections import abc

print(abc is cabc, cabc.Iterable, cabc.MutableMapping.__module__)
names = ["Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Collection", "Callable",
         "Hashable", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet",
         "KeysView", "ItemsView", "ValuesView", "ByteString"]


def gen():
    yield 1


values = [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(2), iter([]), gen(), len, print,
          5, 2.5, None, {}.keys(), {}.items(), {}.values(), reversed([]), iter({}), iter(""), type, int]
for value in values:
    kinds = [n for n in names if isinstance(value, getattr(cabc, n))]
    print(type(value).__name__, kinds)
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence))
print(issubclass(dict, cabc.Mapping), issubclass(dict, cabc.Hashable), issubclass(frozenset, cabc.Hashable))
print(issubclass(str, cabc.Reversible), issubclass(range, cabc.Sequence), issubclass(set, cabc.Set))
