# typing.NamedTuple (class syntax and functional form), typing.TypedDict (class and functional
# forms; instances are plain dicts) and typing.dataclass_transform.
import typing
from typing import NamedTuple, NotRequired, Required, TypedDict, dataclass_transform


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: str = "origin"

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def pair(self):
        return (self.x, self.y)

    def __str__(self):
        return f"<{self.x},{self.y}>"


p = Point(3, -4)
print(p, repr(p), p.norm1(), p.pair, p._fields, p._field_defaults)
print(Point.__annotations__, Point.__doc__, Point.__module__, Point.__name__, Point.__bases__)
print(p._replace(label="moved"), p._asdict(), Point._make([1, 2, "m"]), tuple(p), p[0], len(p))
print(isinstance(p, tuple), issubclass(Point, tuple), p == (3, -4, "origin"), Point(1) < Point(2))
x, y, label = Point(y=5, x=6)
print(x, y, label, Point.__new__.__annotations__, Point.__match_args__)
match p:
    case Point(x=3, y=yy):
        print("matched y", yy)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

Employee = NamedTuple("Employee", [("name", str), ("id", int), ("boss", None)])
e = Employee("ann", 7, None)
print(e, Employee.__annotations__, Employee.__module__, Employee._fields)
Pair = NamedTuple("Pair", left=int, right=str)
print(Pair(1, "r"), Pair.__annotations__)
try:
    NamedTuple("Bad", [("a", int)], b=str)
except TypeError as e:
    print("TypeError:", e)

try:
    class Wrong(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Wrong2(NamedTuple):
        a: int = 1
        b: str = ""
        c: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Clash(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Mixed(NamedTuple, dict):
        a: int
except TypeError as e:
    print("TypeError:", e)


class Point3(Point):
    def norm1(self):
        return "sub " + str(super().norm1())


print(Point3(1, 1).norm1(), Point3.__mro__[1].__name__)


# TypedDict
class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float
    tags: Required[list]


m = Movie(title="Alien", year=1979)
print(m, type(m), m == {"title": "Alien", "year": 1979}, Movie({"title": "x"}, year=1))
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__), MovieExtra.__total__)
print(Movie.__name__, Movie.__module__, Movie.__mro__, type(Movie).__name__)
print(MovieExtra(title="t", year=2000, rating=9.5, tags=[]))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(dict, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Movie, int):
        pass
except TypeError as e:
    print("TypeError:", e)


class Options(TypedDict, total=False):
    verbose: bool
    level: NotRequired[int]
    name: Required[str]


print(sorted(Options.__required_keys__), sorted(Options.__optional_keys__), Options())

Config = TypedDict("Config", {"host": str, "port": int, "class": str})
print(Config(host="h", port=1), Config.__annotations__, Config.__module__, Config.__total__)
Partial = TypedDict("Partial", {"a": int}, total=False)
print(Partial.__optional_keys__, Partial.__required_keys__)
try:
    TypedDict("Both", {"a": int}, b=str)
except TypeError as e:
    print("TypeError:", e)


# dataclass_transform
@dataclass_transform(kw_only_default=True, field_specifiers=(int,), frozen_default=True)
def model(cls):
    cls.modelled = True
    return cls


@model
class User:
    id: int


print(User.modelled, model.__dataclass_transform__)


@dataclass_transform()
class ModelBase:
    def __init_subclass__(cls, **kwargs):
        cls.registered = True


class Customer(ModelBase):
    name: str


print(Customer.registered, ModelBase.__dataclass_transform__)
print(typing.NamedTuple.__name__, typing.TypedDict.__name__)

# The keyword form of TypedDict works, with CPython 3.11's deprecation warning.
Legacy = TypedDict("Legacy", name=str, size=int)
print(Legacy.__annotations__, Legacy(name="n"))
