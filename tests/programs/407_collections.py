# collections: namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap.
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict, ChainMap

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p == (1, 2), p._asdict(), p._replace(x=5), Point._make([7, 8]), Point._fields)
x, y = p
print(x + y, len(p), type(p).__name__, isinstance(p, tuple), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
Car = namedtuple("Car", ["make", "year"], defaults=[2020])
print(Car("vw"), Car("bmw", 1999))
try:
    Point(1)
except TypeError as e:
    print(e)
d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
print(d, d.popleft(), d.pop(), len(d), list(d), d[0], 2 in d)
d.rotate(1)
print(d, deque("abc"))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dict(dd), len(dd), "z" in dd)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["zz"], sum(c.values()), c.total())
c.update("aaz")
print(c.most_common(1), sorted(c.elements())[:5], Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1, b=2))
od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
od.move_to_end("x")
print(od, od.popitem(), list(od), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("c", 0))
