# The fast paths of the speed work on attributes, concatenation, hashing, sorting and
# for loops: each must answer as the general path does.


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
q = Point(3, 4)
for _ in range(3):
    p.x = p.x + q.y
    q.y = q.y - 1
print(p.x, p.y, q.x, q.y, p.kind)
p.kind = "own"
print(p.kind, q.kind, Point.kind)
del p.kind
print(p.kind)
del q.y
try:
    print(q.y)
except AttributeError as e:
    print("AttributeError:", e)
q.y = 9
print(q.y, sorted(vars(q)))


class Logged:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


log = Logged()
for i in range(2):
    log.a = log.a + i
print(log.a)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
s.a = 5
s.a = s.a * 2
print(s.a)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)

# Concatenation: lists and tuples, the same object twice, empty sides, errors.
a = [1, 2]
print(a + a, a + [], [] + a, (1,) + (2, 3), () + (), (1, 2) + (3,))
b = a + a
b.append(3)
print(a, b)
for left, right in (([1], (2,)), ((1,), [2]), ([1], "x")):
    try:
        print(left + right)
    except TypeError as e:
        print("TypeError:", e)

# Hashes of ints around the edges.
print(hash(-1), hash(-2), hash(0), hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
d = {-1: "a", -2: "b", 2**61 - 1: "c", 0: "d"}
print(d[-1], d[-2], d[0], d[2**61 - 1], d.get(2**61 + 5))
from collections import Counter

c = Counter([3, 1, 3, 2, 3, 1])
c[1] -= 1
c[5] += 2
print(sorted(c), c[3], c[7], sorted(c.items()))

# Sorting small ints in place, reversed, and mixed with bools and big ints (stable).
nums = [5, -3, 9, 0, 5, -3, 2**70, 7]
print(sorted(nums), sorted(nums, reverse=True))
small = [4, 1, 3, 1, 2]
small.sort(reverse=True)
print(small)
small.sort()
print(small)
print(sorted([1, True, 0, False]), sorted([True, 1, False, 0], reverse=True))
print(sorted([]), sorted([7]), sorted(range(5, 0, -1)))

# For loops: nested, broken out of, over a shared iterator, and over a list that grows.
total = 0
for i in range(3):
    for j in [10, 20]:
        for k in (1, 2, 3):
            total += i * j * k
print(total)
for x in [1, 2, 3]:
    if x == 2:
        break
it = iter([1, 2, 3])
for x in it:
    pass
print(list(it), next(it, "done"))
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
its = [iter(v) for v in ([1, 2], (3,), range(2))]
print([list(i) for i in its], type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)

# Collecting the items of dicts and of subclasses of built-in containers, with and without
# their own __iter__.


class Keys(dict):
    pass


class Backwards(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))


class Row(tuple):
    pass


class Evens(list):
    def __iter__(self):
        return (x for x in super().__iter__() if x % 2 == 0)


k = Keys(b=1, a=2)
print(list(k), sorted(k), tuple({3: 0, 1: 0}), list(Backwards(x=1, y=2)), sorted(Backwards(x=1, y=2)))
print(list(Row((3, 1))), sorted(Row((3, 1))), list(Evens([1, 2, 3, 4])), sorted(Evens([4, 3, 2])))
