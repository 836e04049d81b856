# isinstance and issubclass: an instance of exactly the class answers before any metaclass
# hook, as in CPython; subclasses, tuples (nested), unions and hooks otherwise.


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return type(obj).__name__.startswith("Fake")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub.__name__.startswith("Fake")


class Hooked(metaclass=Meta):
    pass


class FakeHooked:
    pass


class Base:
    pass


class Derived(Base):
    pass


class Other:
    pass


print(isinstance(Hooked(), Hooked))
print(isinstance(FakeHooked(), Hooked))
print(isinstance(Base(), Hooked))
print(isinstance(Hooked(), (Other, Hooked)))
print(issubclass(FakeHooked, Hooked))
print(issubclass(Hooked, Hooked))

d = Derived()
print(isinstance(d, Derived), isinstance(d, Base), isinstance(d, Other), isinstance(d, object))
print(isinstance(d, (Other, (int, Base))), isinstance(d, ()), isinstance(3, (str, (bytes, int))))
print(isinstance(3, int | str), isinstance(d, Other | None), isinstance(None, Other | None))
print(issubclass(Derived, Base), issubclass(Base, Derived), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(Derived, type))

for bad in (3, "x", [Base]):
    try:
        isinstance(d, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(d, Base)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(d)
except TypeError as e:
    print("TypeError:", e)
