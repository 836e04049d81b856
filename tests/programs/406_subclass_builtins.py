# Subclasses of built-in types: dict with __missing__, list, tuple with __new__, str, float, dict with __init__.
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for w in "the cat the hat the end".split():
    c[w] += 1
print(c, len(c), c["zzz"], "the" in c, sorted(c.items()), isinstance(c, dict), type(c).__name__)
print(dict(c), list(c), c.get("cat"), c == {"the": 3, "cat": 1, "hat": 1, "end": 1})


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s + [9], sum(s), s[0], bool(Stack()), list(reversed(s)))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"


p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), hash(p) == hash((3, 4)), {p: "here"}[(3, 4)], len(p), tuple(p))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n, n.shout(), len(n), n + "by", f"<{n}>", n == "bob", isinstance(n, str))


class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"


m = Meters(2.5)
print(m, m + 1, m * 2, int(m))


class D(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = True


d = D(a=1, b=2)
print(d, d.extra, d["a"])
