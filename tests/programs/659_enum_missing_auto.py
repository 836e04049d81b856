"""_missing_ (returning a member, a non-member, raising), auto() with the default and
a custom _generate_next_value_, and the functional API (Enum('Name', names))."""

from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member, nonmember


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            lowered = value.lower()
            for m in cls:
                if m.value == lowered:
                    return m
        return cls.UNKNOWN


print(Status("ACTIVE"), Status("Inactive"), Status(42))


class Strict(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Strict(2)
except TypeError as e:
    print("TypeError:", e)
    print("context:", repr(e.__context__))


class Picky(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Picky(3)
except KeyError as e:
    print("KeyError:", e, "| context:", e.__context__)


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count}:{name.lower()}"
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), Ordinal.SECOND.value)


class Counting(Enum):
    A = auto()
    B = 10
    C = auto()
    D = auto()


print([(m.name, m.value) for m in Counting])


class Mixed(Enum):
    X = auto()
    Y = (auto(), "y")


print(Mixed.X.value, Mixed.Y.value, repr(auto()))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal["ANT"])
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(list(Shape), repr(Shape))
Level = IntEnum("Level", {"LOW": 10, "HIGH": 20})
print(Level.LOW + Level.HIGH, repr(Level.HIGH), list(Level))
Bits = Flag("Bits", "ONE TWO FOUR")
print(list(Bits), repr(Bits.ONE | Bits.FOUR))
Start = Enum("Start", "A B", start=5)
print(list(Start))
