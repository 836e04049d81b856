# Special methods: operators (reflected, in-place, NotImplemented), comparisons, truth, len, items, iteration, contains, call.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield_list = [self.x, self.y]
        return iter(yield_list)

    def __bool__(self):
        return bool(self.x or self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, 2 * a, -a, a == Vec(1, 2), a != b, a < b, b > a, len(a), a[1], list(b), abs(b))
print(bool(Vec(0, 0)), bool(a), [a, b], {"k": a}, (a,), sorted([b, a]), max(a, b), str(a), f"{a}", f"{a!r}")
if Vec(0, 0):
    print("truthy")
else:
    print("falsy")
x, y = b
print(x, y, 1 in [a], a in [Vec(1, 2)], 3 in b)
v = a
v += b
print(v, a)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), [i for i in Countdown(2)], sum(Countdown(4)))
for i in Countdown(2):
    print("tick", i)


class Box:
    def __init__(self):
        self.items = {}

    def __setitem__(self, k, v):
        self.items[k] = v

    def __delitem__(self, k):
        del self.items[k]

    def __contains__(self, k):
        return k in self.items

    def __call__(self, k):
        return self.items[k]


box = Box()
box["a"] = 1
box["b"] = 2
del box["a"]
print("a" in box, "b" in box, box("b"), callable(box))
