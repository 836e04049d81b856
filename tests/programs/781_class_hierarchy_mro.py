# Class hierarchies: cooperative super() chains, a diamond, C3 MRO, mixins and class attributes.


class Base:
    registry = []

    def __init__(self, name, **kwargs):
        self.name = name
        self.trace = ["Base"]
        if kwargs:
            raise TypeError(f"unexpected options {sorted(kwargs)}")

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Base.registry.append(cls.__name__)

    def describe(self):
        return [f"Base({self.name})"]


class Logged(Base):
    def __init__(self, name, level="info", **kwargs):
        super().__init__(name, **kwargs)
        self.level = level
        self.trace.append("Logged")

    def describe(self):
        return super().describe() + [f"Logged[{self.level}]"]


class Cached(Base, kind="cache"):
    def __init__(self, name, size=8, **kwargs):
        super().__init__(name, **kwargs)
        self.size = size
        self.trace.append("Cached")

    def describe(self):
        return super().describe() + [f"Cached<{self.size}>"]


class Service(Logged, Cached):
    def __init__(self, name, **kwargs):
        super().__init__(name, **kwargs)
        self.trace.append("Service")

    def describe(self):
        return ["Service"] + super().describe()


s = Service("auth", level="debug", size=64)
print(s.trace, s.describe())
print([c.__name__ for c in Service.__mro__])
print(Service.kind, Cached.kind, Logged.kind, Base.registry)
try:
    Service("x", colour="red")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(s, Cached), issubclass(Service, (int, Logged)), Service.__bases__)
print(super(Logged, s).describe())


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


class E(C, B):
    pass


print(D().who(), E().who(), [k.__name__ for k in E.__mro__])
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError:", e)


class Shape:
    sides = 0

    @classmethod
    def make(cls, *args):
        return cls(*args)

    @staticmethod
    def unit():
        return "cm"

    def __repr__(self):
        return f"{type(self).__name__}(sides={self.sides})"


class Square(Shape):
    sides = 4

    def __init__(self, side=1):
        self.side = side

    @property
    def area(self):
        return self.side ** 2


sq = Square.make(3)
print(sq, sq.area, sq.unit(), Square.unit(), Shape.make(), vars(sq), Square.__dict__["sides"])
sq.sides = 5
print(sq, Square.sides, type(sq).__qualname__, Square.__name__, Square.__module__)
try:
    sq.area = 4
except AttributeError as e:
    print("AttributeError:", e)
