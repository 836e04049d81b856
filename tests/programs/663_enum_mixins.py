"""Enums mixed with data types (bytes, int, tuple, str) and custom __new__ setting
_value_, mixin classes with methods, custom __str__/__format__/__repr__, enum inheritance."""

from enum import Enum, IntEnum, auto


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, "P.X", "km")
    PY = (1, "P.Y", "km")
    VX = (2, "V.X", "km/s")


print(Coordinate.PY.name, Coordinate(2), Coordinate.VX.label, Coordinate.PX.unit, Coordinate(0).value)


class Grade(IntEnum):
    def __new__(cls, score, letter):
        obj = int.__new__(cls, score)
        obj._value_ = score
        obj.letter = letter
        return obj

    A = (90, "excellent")
    B = (80, "good")
    C = (70, "fair")

    @classmethod
    def for_score(cls, score):
        for g in cls:
            if score >= g:
                return g
        return None


print([(g.name, int(g), g.letter) for g in Grade], Grade.for_score(85), Grade(70).letter, Grade.A > Grade.B)


class Point(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(Point.UNIT), Point.UNIT[0], Point((0, 0)), len(Point.ORIGIN), Point.UNIT + (2,))


class Describe:
    def describe(self):
        return f"{self.name.title()} is {self.value}"


class Fruit(Describe, Enum):
    APPLE = "red"
    BANANA = "yellow"

    def __str__(self):
        return self.name.lower()

    def __format__(self, spec):
        return format(f"<{self.value}>", spec)


print(Fruit.APPLE.describe(), str(Fruit.BANANA), repr(Fruit.APPLE), f"{Fruit.APPLE:*^11}", "%s" % Fruit.BANANA)


class Pretty(Enum):
    ONE = 1
    TWO = 2

    def __repr__(self):
        return f"Pretty({self.name})"


print([Pretty.ONE, Pretty.TWO], Pretty.ONE)


class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"


print(Shape.CIRCLE.upper(), Shape.SQUARE == "square", sorted(Shape), Shape("circle"), Shape.CIRCLE.value.title())
print(isinstance(Shape.CIRCLE, str), Shape.CIRCLE in ["circle"], {"circle": 1}[Shape.CIRCLE])


class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"

    @property
    def double(self):
        return self.value * 2


class Small(Base):
    one = 1
    two = 2


print(Small.one.shout(), Small.two.double, list(Small), issubclass(Small, Base), isinstance(Small.one, Base))
print(Small.__name__, Small.__qualname__, Small.__module__, type(Small).__name__, Small.one.__class__.__name__)
