"""Metaclass operators and conversions applied to classes (+, ==, <, bool, str, format,
unary), metaclass properties with setters and data descriptors, a metaclass __new__ returning
a non-class, decorators, calling a metaclass directly, and the order of the creation hooks."""

class Meta(type):
    def __add__(cls, other):
        return type(f"{cls.__name__}Plus{other.__name__}", (cls, other), {})

    def __eq__(cls, other):
        return isinstance(other, type) and cls.__name__ == other.__name__

    __hash__ = type.__hash__

    def __lt__(cls, other):
        return cls.__name__ < other.__name__

    def __bool__(cls):
        return cls.__name__ != "Empty"

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    def __str__(cls):
        return f"class {cls.__name__}"

    def __format__(cls, spec):
        return format(cls.__name__, spec)

    def __neg__(cls):
        return f"-{cls.__name__}"

    def __invert__(cls):
        return f"~{cls.__name__}"


class A(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v


class B(metaclass=Meta):
    pass


class Empty(metaclass=Meta):
    pass


AB = A + B
print(AB.__name__, AB.__mro__[1:3], type(AB).__name__, AB(v=3).v)
print(A == B, A != B, A < B, sorted([B, A, Empty]), bool(A), bool(Empty), not Empty)
print(str(A), repr(B)[:8], f"[{A:>4}]", -A, ~B, "%s" % A)
print(hash(A) == hash(A), {A: 1}[A])
x = A(5)
print(x.v, type(x) is A)


class Proxy(type):
    _counter = 0

    @property
    def counter(cls):
        return cls._counter

    @counter.setter
    def counter(cls, value):
        if value < 0:
            raise ValueError("negative")
        cls._counter = value

    @property
    def readonly(cls):
        return "ro"


class P(metaclass=Proxy):
    pass


P.counter = 5
print(P.counter, P._counter, Proxy._counter)
try:
    P.counter = -1
except ValueError as e:
    print("ValueError:", e)
try:
    P.readonly = 1
except AttributeError as e:
    print("AttributeError:", e)
print(P.readonly)


class Desc:
    def __get__(self, obj, owner=None):
        return f"desc get {obj.__name__ if obj else None} {owner.__name__}"

    def __set__(self, obj, value):
        print("desc set", obj.__name__, value)


class DescMeta(type):
    attr = Desc()


class D(metaclass=DescMeta):
    attr = "class attribute loses to the data descriptor"


print(D.attr)
D.attr = 10


class Weird(type):
    def __new__(mcs, name, bases, ns):
        if name == "NotAClass":
            return 42
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, *args):
        print("init called for", cls.__name__)


class Fine(metaclass=Weird):
    pass


class NotAClass(metaclass=Weird):
    pass


print(NotAClass, type(Fine).__name__)


def deco(cls):
    cls.decorated = True
    return cls


@deco
class Decorated(metaclass=Meta):
    pass


print(Decorated.decorated, type(Decorated).__name__)

Made = Meta("Made", (A,), {"extra": 1})
print(type(Made).__name__, Made.extra, Made(7).v, isinstance(Made(), A))
print(type(A)("Other", (), {}).__name__)


class Tracking(type):
    log = []

    def __new__(mcs, name, bases, ns, **kw):
        mcs.log.append(("new", name, tuple(kw)))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        Tracking.log.append(("init", name))
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        mcs.log.append(("prepare", name))
        return {}


class Base(metaclass=Tracking, a=1):
    def __init_subclass__(cls, **kw):
        Tracking.log.append(("init_subclass", cls.__name__, kw))


class Child(Base, b=2):
    pass


for entry in Tracking.log:
    print(entry)
