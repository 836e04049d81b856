# __length_hint__ of the built-in iterators, and operator.length_hint over them.
import operator
from collections import deque
from itertools import repeat

it = iter({0: 1, 2: 3, 4: 5})
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
print(iter([1, 2, 3]).__length_hint__(), reversed([1, 2]).__length_hint__(), iter(range(5)).__length_hint__())
print(iter(range(10, 0, -3)).__length_hint__(), iter("héllo").__length_hint__(), iter((1,)).__length_hint__())
print(iter(b"ab").__length_hint__(), iter(range(5, 1)).__length_hint__())
r = iter(range(3))
list(r)
print(r.__length_hint__())
for values in ([1, 2, 3], reversed(range(4)), map(abs, []), (x for x in []), repeat(0, 6), iter(deque("ab"))):
    print(type(values).__name__, operator.length_hint(values), operator.length_hint(values, 9))
print(hasattr(map(abs, []), "__length_hint__"), hasattr(iter([]), "__length_hint__"))
