"""Enum members as dict keys and set members, aliases, match statements on members,
and IntEnum arithmetic, comparisons, indexing and %-/str.format/f-string formatting."""

from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


counts = {Color.RED: 0, Color.GREEN: 0}
for c in [Color.RED, Color.GREEN, Color.CRIMSON, Color(1)]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print({Color.BLUE, Color.RED, Color.GREEN} == set(Color), len({Color.RED, Color.CRIMSON}))
print(Color.RED == Color.CRIMSON, Color.RED is Color.CRIMSON, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.CRIMSON, repr(Color.CRIMSON), Color.CRIMSON.name, list(Color.__members__))
print(list(reversed(Color)), Color.__members__["CRIMSON"])
print([name for name, m in Color.__members__.items() if m.name != name])


def describe(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "?"


print([describe(c) for c in Color], describe(3))


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.TWO * 3, Num.THREE - Num.ONE, Num.TWO == 2, Num.ONE < 2, int(Num.THREE), [1, 2, 3][Num.ONE])
print(isinstance(Num.ONE, int), isinstance(Num.ONE, Num), Num(2), Num["THREE"], sum(Num))
print("%s %d %r" % (Num.ONE, Num.TWO, Num.THREE), "{} {:03d} {!r}".format(Num.ONE, Num.TWO, Num.THREE))
print(f"{Num.TWO} {Num.TWO!s} {Num.TWO!r} {Num.TWO:x}")
print(sorted([Num.THREE, 0, Num.ONE, 2.5]), {Num.ONE: "a"}[1], {1: "b"}[Num.ONE])
