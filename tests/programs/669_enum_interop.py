"""Enums with the rest of the library: json, dataclasses, the base classes themselves
(Enum, Flag, IntEnum), empty enums and their subclasses, __init_subclass__, vars() of members,
and __members__ as a read-only mapping."""

import json
from dataclasses import dataclass, field
from enum import Enum, IntEnum, StrEnum, Flag, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2


class S(StrEnum):
    A = auto()


class Color(Enum):
    RED = "r"
    BLUE = "b"


print(json.dumps({"n": Num.TWO, "s": S.A, "list": [Num.ONE]}), json.dumps(Color.RED.value))


@dataclass
class Pixel:
    color: Color = Color.RED
    tags: list = field(default_factory=list)


print(Pixel(), Pixel(Color.BLUE) == Pixel(Color.BLUE), Pixel(Color.BLUE) == Pixel())
print(repr(Enum), repr(Flag), repr(IntEnum), str(StrEnum), Enum.__members__, len(Enum), list(Flag))
print(isinstance(Color.RED, Enum), issubclass(Num, int), issubclass(Color, Enum), issubclass(S, str))
print(type(Color), type(Flag), Color.__bases__, Num.__mro__)


class Empty(Enum):
    pass


print(len(Empty), list(Empty), bool(Empty), Empty.__members__)


class Sub(Empty):
    X = 1


print(list(Sub), isinstance(Sub.X, Empty))


class WithInit(Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
        super().__init_subclass__(**kw)


class Child(WithInit):
    A = 1


print(Child.A, list(Child))
print(getattr(Color, "RED"), getattr(Color.RED, "name"), hasattr(Color, "GREEN"), vars(Color.RED) == {"_value_": "r", "_name_": "RED", "__objclass__": Color, "_sort_order_": 0})
print(Color.RED.__class__.__name__, Color.__name__, Color.RED.__hash__() == hash(Color.RED))
print([m.value for m in sorted(Color, key=lambda m: m.value)], sorted(Num, reverse=True))
print(dict(Color.__members__), list(Color.__members__.values()), Color.__members__.get("BLUE"), "RED" in Color.__members__, len(Color.__members__))
try:
    Color.__members__["X"] = 1
except TypeError as e:
    print("TypeError:", e)
print(repr(Color.__members__))
