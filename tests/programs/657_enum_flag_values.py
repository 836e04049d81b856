"""Flag and IntFlag values: negative and unknown bits, zero-valued members, members
named like member attributes (name, value), __members__ and the member maps."""

from enum import Enum, IntFlag, Flag, auto, IntEnum
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP(4|8|16)), repr(IP(8)), str(IP(8)), repr(IP(-1)), repr(IP(-9)), repr(~IP(0)))
class Color(Enum):
    RED = 1
try:
    Color.RED.name = 'x'
except AttributeError as e: print(e)
try:
    Color.RED.value = 'x'
except AttributeError as e: print(e)
Color.RED.extra = 5
print(Color.RED.extra)
print(Color.RED.__dict__ if False else '')
class Num(IntEnum):
    A = 1
    B = 2
print({Num.B, Num.A}, {1: 'x'}[Num.A], hash(Num.B))
class F(Flag):
    NONE = 0
    A = 1
    B = 2
print(list(F), repr(F.NONE), F.NONE.name, repr(F(0)), F(0) is F.NONE, repr(~F.A), repr(~F.NONE), len(F))
class Weird(Enum):
    name = 1
    value = 2
print(Weird.name, Weird.value, Weird.name.name, Weird.value.value)
try: Color.name
except AttributeError as e: print(e)
print(type(Color.__members__))
print(Color._member_names_, Color._member_map_, Color._value2member_map_)
