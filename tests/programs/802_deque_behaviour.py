# collections.deque: both ends, maxlen, rotation, indexing, comparisons, errors, iteration.
import copy
from collections import deque


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: {result!r}")


def after(d, method, *args):
    getattr(d, method)(*args)
    return d


print(deque(), deque("abc"), deque(range(3), maxlen=5), deque(maxlen=0), deque(iterable=[1], maxlen=2))
print(type(deque()), deque.__module__, deque.__name__, deque([1]).maxlen, deque([1], 3).maxlen)

# A long queue used from both ends stays fast and in order.
q = deque()
for i in range(50000):
    q.append(i)
    q.appendleft(-i)
total = 0
while len(q) > 2:
    total += q.popleft() + q.pop()
print(total, list(q))

# Growth across the wrap-around point keeps the order.
r = deque()
for i in range(20):
    r.appendleft(i)
    if i % 3 == 0:
        r.pop()
    r.append(i * 10)
print(r, len(r), r[0], r[-1], r[7])

# maxlen: items fall off the other end.
m = deque(range(10), maxlen=3)
print(m)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend("ab")
print(m)
m.extendleft("xyz")
print(m)
print(after(deque([], 0), "append", 1), after(deque([1, 2, 3]), "extendleft", [4, 5]))

# rotate, in both directions and beyond the length.
for n in [1, 2, -1, -2, 7, -13, 0, 5]:
    print(n, after(deque(range(5)), "rotate", n))
print(after(deque(), "rotate", 3), after(deque("a"), "rotate", -4), after(deque(range(5)), "rotate"))
big = deque(range(1000))
for _ in range(1000):
    big.rotate(-7)
print(big[0], big[-1], list(big) == sorted(big, key=lambda v: (v - 7000) % 1000))

# Indexing, assignment, deletion, insert, remove, index, count, reverse.
d = deque("abcdef")
print(d[0], d[-1], d[3], d[-6])
d[1] = "B"
d[-2] = "E"
del d[0]
del d[-1]
print(d)
d.insert(1, "x")
d.insert(-10, "first")
d.insert(100, "last")
print(d)
d.remove("x")
print(d, d.index("c"), d.index("last", 2), d.count("c"), "c" in d, "z" in d)
d.reverse()
print(d, list(reversed(d)))
attempt("d[10]", lambda: d[10])
attempt("d[-10]", lambda: d[-10])
attempt("d[1:2]", lambda: d[1:2])
attempt("d['a']", lambda: d["a"])
attempt("d[10] = 0", lambda: d.__setitem__(10, 0))
attempt("del d[10]", lambda: d.__delitem__(10))
attempt("index", lambda: d.index("zz"))
attempt("index range", lambda: deque([1, 2, 1]).index(1, 1, 2))
attempt("remove", lambda: d.remove("zz"))
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("insert full", lambda: deque([1], 1).insert(0, 2))
attempt("maxlen -1", lambda: deque([], -1))
attempt("maxlen 'a'", lambda: deque([], "a"))
attempt("three args", lambda: deque([], 1, 2))
attempt("bad keyword", lambda: deque(size=1))
attempt("not iterable", lambda: deque(1))
attempt("rotate('a')", lambda: deque().rotate("a"))
attempt("set maxlen", lambda: setattr(deque(), "maxlen", 3))
attempt("hash", lambda: hash(deque()))
attempt("deque < list", lambda: deque([1]) < [2])
attempt("deque + list", lambda: deque([1]) + [2])

# Comparisons, arithmetic, copies.
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1]) != deque([1.0]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1]), deque("b") > deque("ab"))
print(deque([1], 3) + deque([2, 3, 4]), deque([1, 2], 3) * 2, 2 * deque([1, 2]), deque([1]) * -1)
a = deque([1, 2])
a += "xy"
a *= 2
print(a)
a += a
print(len(a), a[8], a[-1])
c = deque([[1], [2]], 5)
shallow, deep, copied = copy.copy(c), copy.deepcopy(c), c.copy()
c[0].append("changed")
print(shallow, deep, copied, shallow.maxlen, copied is c)
c.clear()
print(c, bool(c), bool(copied), len(copied))
again = deque([1, 2, 3])
again.__init__("ab")
print(again)

# A deque containing itself.
selfish = deque([1])
selfish.append(selfish)
print(selfish)

# Changing the length while iterating is an error; assigning an item is not.
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as exc:
    print("RuntimeError:", exc)
d = deque([1, 2, 3])
for i, x in enumerate(d):
    d[i] = x * 10
print(d)
it = iter(d)
next(it)
d.popleft()
attempt("next after popleft", lambda: next(it))
print(type(iter(d)).__name__, type(reversed(d)).__name__)


class Window(deque):
    def __init__(self, items, maxlen=2):
        super().__init__(items, maxlen)


w = Window([1, 2, 3])
print(w, type(w.copy()).__name__, w.copy(), isinstance(w, deque), deque[int])


class Fixed(deque):
    def __init__(self, items):
        super().__init__(items, maxlen=2)


try:
    Fixed([1, 2, 3]).copy()
except TypeError as exc:
    print("TypeError:", exc)
