# dataclasses.KW_ONLY, kw_only= on dataclass and field, and make_dataclass, with the errors a
# wrong call or definition gets.
import dataclasses
from dataclasses import KW_ONLY, dataclass, field, fields, make_dataclass


@dataclass
class Request:
    url: str
    method: str = "GET"
    _: KW_ONLY
    timeout: float = 10.0
    retries: int
    headers: dict = field(default_factory=dict)


r = Request("http://x", retries=3)
print(r, Request.__match_args__, [(f.name, f.kw_only) for f in fields(Request)])
print(Request("u", "POST", retries=0, timeout=1.5, headers={"a": 1}))
for args, kwargs in [(("u",), {}), ((), {"retries": 1}), (("u", "GET", 5.0), {"retries": 1}),
                     (("u", "GET", 5.0), {}), (("u", "GET", 1, 2, 3, 4), {}), (("u",), {"nope": 1}),
                     (("u",), {"url": "v", "retries": 1})]:
    try:
        Request(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
    name: str = field(default="x", kw_only=False)


o = Options(level=2)
print(o, Options("n", level=1), Options.__match_args__)
try:
    Options(True, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Options()
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    a: int
    b: int = field(default=0, kw_only=True)


@dataclass
class Derived(Base):
    c: int = 5
    d: int = field(kw_only=True, default=1)


print(Derived(1), Derived(1, 2, b=3, d=4), Derived.__match_args__, [f.name for f in fields(Derived)])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    _: KW_ONLY
    tag: str = ""


print(sorted([Version(2), Version(1, 5, tag="rc"), Version(1)]), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class OrderOk:
    a: int = 1
    b: int = field(kw_only=True)


print(OrderOk(b=2), OrderOk(3, b=4))


# make_dataclass
Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=3))])
p = Point(1, 2)
print(p, Point.__annotations__, Point.__name__, Point.__module__, dataclasses.is_dataclass(Point))
print(dataclasses.asdict(p), dataclasses.astuple(p), p == Point(1, 2, 3), Point.__match_args__)
Frozen = make_dataclass("Frozen", [("a", int, 1)], frozen=True, order=True, namespace={"double": lambda self: self.a * 2})
print(Frozen(), Frozen(4).double(), Frozen(1) < Frozen(2), sorted([Frozen(3), Frozen(2)]))
try:
    Frozen().a = 2
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
Sub = make_dataclass("Sub", [("extra", str, "e")], bases=(Point,), kw_only=True)
print(Sub(1, 2, extra="x"), [f.name for f in fields(Sub)], Sub.__mro__[1].__name__)
Keyed = make_dataclass("Keyed", [("k", int)], kw_only=True, eq=False, repr=False)
print(Keyed(k=1) == Keyed(k=1), type(repr(Keyed(k=1))).__name__)
for bad in (["a", "a"], ["class"], ["1x"], [("a", int, 1, 2)], [3]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)
print(repr(KW_ONLY).split(" at ")[0], type(KW_ONLY).__name__)
