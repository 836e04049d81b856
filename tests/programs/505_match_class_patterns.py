# Class patterns on plain classes: keyword sub-patterns read attributes; positional ones go
# through __match_args__; inheritance and properties work as attribute lookups do.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

    @property
    def area(self):
        return 3 * self.radius ** 2


class Plain:
    def __init__(self):
        self.a = 1


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(z=z):
            return f"3d at height {z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point():
            return f"somewhere ({p.x}, {p.y})"
        case Circle(Point(x, y), radius=r, area=a):
            return f"circle at ({x}, {y}) r={r} area={a}"
        case Plain(a=1, missing=_):
            return "Plain with missing?"
        case Plain(a=a):
            return f"Plain a={a}"
        case _:
            return "not a shape"


for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 3),
          Circle(Point(1, 1), 2), Plain(), 42]:
    print(where(p))

# Attributes are fetched with getattr, so class attributes and methods count too.
class WithClassAttr:
    kind = "constant"

    def method(self):
        return "m"


match WithClassAttr():
    case WithClassAttr(kind="constant", method=m):
        print("class attribute matched;", m())

# A __match_args__ shorter than the sub-patterns fails only for instances.
match 5:
    case Point(1, 2, 3):
        print("no")
    case _:
        print("not a Point: no __match_args__ check")

# A property that raises AttributeError makes the pattern fail, others propagate.
class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        raise AttributeError("not yet")


match Lazy():
    case Lazy(v):
        print("got", v)
    case Lazy():
        print("Lazy without value")


class Angry:
    @property
    def mood(self):
        raise ValueError("grr")


try:
    match Angry():
        case Angry(mood=m):
            print(m)
except ValueError as e:
    print("ValueError:", e)

# __match_args__ is looked up on the class, and may be inherited.
class Sub(Point):
    pass


match Sub(7, 8):
    case Point(a, b):
        print("Sub matched as Point", a, b)

match Sub(7, 8):
    case Sub(x, y=y):
        print("Sub", x, y)
