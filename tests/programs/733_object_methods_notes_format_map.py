# Methods every instance inherits from object; object.__setattr__ past a class's own hook;
# function.__get__; exception notes; str.format_map; math through __float__/__index__/__floor__.
import math
import traceback


class Plain:
    pass


p = Plain()
p.__setattr__("x", 1)
print(p.x, p.__getattribute__("x"), p.__eq__(p), p.__eq__(1), p.__ne__(2), p.__lt__(p))
print(p.__str__() == p.__repr__() == object.__repr__(p) == p.__format__(""), object.__eq__(p, p))
p.__delattr__("x")
print(hasattr(p, "x"), type(p.__hash__()) is int, "x" in p.__dir__() or "__init__" in p.__dir__())
try:
    format(p, "10")
except TypeError as e:
    print(e)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"Point is immutable ({name})")


pt = Point(1, 2)
print(pt.x, pt.y)
for action in [lambda: setattr(pt, "x", 5), lambda: object.__setattr__(pt, "z", 0)]:
    try:
        action()
    except AttributeError as e:
        print(e)


class Temperature:
    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = round(value, 1)


t = Temperature()
object.__setattr__(t, "celsius", 21.456)
print(t.celsius)


def describe(self, suffix="!"):
    return f"{type(self).__name__}{suffix}"


bound = describe.__get__(t, Temperature)
print(bound(), bound("?"), describe.__get__(None, Temperature) is describe)

try:
    try:
        {}["missing"]
    except KeyError as e:
        e.add_note("while loading settings")
        e.add_note("key came from the command line")
        raise
except KeyError as e:
    print(e.__notes__)
    print("".join(traceback.format_exception_only(e)), end="")
try:
    ValueError().add_note(42)
except TypeError as e:
    print(e)
print(ValueError("v").with_traceback(None))


class Defaulting(dict):
    def __missing__(self, key):
        return key.upper()


print("{greeting}, {name}! {name}".format_map(Defaulting(greeting="Hello")))
print("{a[1]:>{width}}".format_map({"a": "xyz", "width": 4}))
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)


class Ratio:
    def __float__(self):
        return 0.25


class Count:
    def __index__(self):
        return 6


class Rounds:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


print(math.sqrt(Ratio()), math.factorial(Count()), math.floor(Ratio()), math.ceil(Ratio()))
print(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()), math.gcd(Count(), 4))
for f, arg in [(math.trunc, Ratio()), (math.factorial, 2.5), (math.isqrt, "9")]:
    try:
        f(arg)
    except TypeError as e:
        print(e)
