# The collections types and subclasses of built-ins against the ABCs; collections.abc as an
# attribute of collections.
import collections
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque, ChainMap
from collections.abc import MutableSequence, Sequence, Mapping, MutableMapping, Hashable, Iterable, Sized


class MyList(list):
    pass


class MyDict(dict):
    pass


P = namedtuple("P", "x y")
for v in [MyList(), MyDict(), P(1, 2), OrderedDict(), defaultdict(int), Counter(), deque(), ChainMap()]:
    print(type(v).__name__, isinstance(v, Sequence), isinstance(v, MutableSequence), isinstance(v, Mapping),
          isinstance(v, MutableMapping), isinstance(v, Hashable), isinstance(v, Iterable), isinstance(v, Sized))
print(collections.abc.Mapping is Mapping, collections.abc.__name__)


class ListSeq(list, MutableSequence):
    pass


x = ListSeq([1, 2])
print(x, isinstance(x, MutableSequence), sorted(ListSeq.__abstractmethods__))
