"""Metaclass hooks: __instancecheck__/__subclasscheck__, __setattr__/__delattr__ and
__getattr__ on classes, and __class_getitem__ on plain classes."""

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Bird:
    def quack(self):
        return "quack"


print(isinstance(Bird(), Quacker), isinstance(1, Quacker), issubclass(Bird, Quacker), issubclass(int, Quacker))
print(isinstance(Bird(), (int, Quacker)))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])


class Sub(Box):
    pass

print(Sub[float])
try:
    Bird[int]
except TypeError as e:
    print("TypeError:", e)


class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            return super().__setattr__(name, value)
        raise AttributeError(f"cannot set {name!r} on {cls.__name__}")
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name!r}")


class Const(metaclass=Frozen):
    PI = 3


try:
    Const.PI = 4
except AttributeError as e:
    print("AttributeError:", e)
Const._private = 1
print(Const.PI, Const._private)
try:
    del Const.PI
except AttributeError as e:
    print("AttributeError:", e)
c = Const()
c.PI = 5
print(c.PI, Const.PI)


class Fallback(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (made up)"


class Anything(metaclass=Fallback):
    real = "real"

print(Anything.real, Anything.imaginary)
try:
    Anything().imaginary
except AttributeError as e:
    print("AttributeError:", e)
