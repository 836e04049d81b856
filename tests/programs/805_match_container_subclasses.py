# Sequence and mapping patterns apply to subclasses of list, tuple and dict (namedtuples,
# defaultdict, Counter, OrderedDict, struct sequences) and to deques; never to strings.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple


class Stack(list):
    pass


class Config(dict):
    pass


Point = namedtuple("Point", "x y")
subjects = [
    deque([1, 2]), Stack([3, 4]), Point(5, 6), (7, 8), defaultdict(int, a=1), Counter("aab"),
    OrderedDict(a=2), Config(a=3, b=4), Config(b=5), "ab", b"ab", Stack(), deque([1, 2, 3]),
]
for subject in subjects:
    match subject:
        case {"a": value, **rest}:
            print(type(subject).__name__, "mapping", value, rest)
        case [first, second]:
            print(type(subject).__name__, "pair", first, second)
        case [*items]:
            print(type(subject).__name__, "sequence", items)
        case {}:
            print(type(subject).__name__, "other mapping")
        case _:
            print(type(subject).__name__, "no match")

match defaultdict(list):
    case {"missing": _}:
        print("a default was made")
    case {}:
        print("no default is made by a pattern")


# Unpacking any mapping into a dict display.
class Pairs:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, key):
        return key * 2


print({**Counter("abb"), **Config(z=0), **Pairs(), "w": 1})
try:
    print({**[1, 2]})
except TypeError as exc:
    print("TypeError:", exc)
