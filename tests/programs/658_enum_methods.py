"""Enums with __init__ taking the member's tuple value, properties, classmethods,
methods, an ordering method, and copying members."""

import copy
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member, nonmember


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p, p.value, p.mass, round(p.surface_gravity, 3))
print(Planet((5.976e+24, 6.37814e6)) is Planet.EARTH)


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    @classmethod
    def weekend(cls):
        return [d for d in cls if d.value >= 6]

    def is_weekend(self):
        return self in self.weekend()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    def __lt__(self, other):
        if type(other) is type(self):
            return self.value < other.value
        return NotImplemented


print(Weekday.weekend(), Weekday.FRIDAY.is_weekend(), Weekday.SUNDAY.next())
print(sorted([Weekday.FRIDAY, Weekday.MONDAY, Weekday.WEDNESDAY]))
print(max(Weekday), min(Weekday.weekend()))




print(copy.copy(Weekday.MONDAY) is Weekday.MONDAY, copy.deepcopy([Weekday.MONDAY])[0] is Weekday.MONDAY)
