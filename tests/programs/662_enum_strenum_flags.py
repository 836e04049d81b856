"""StrEnum members as strings, IntFlag and Flag combinations (|, &, ^, ~, in,
iteration, len) with their reprs, and the errors enums raise."""

from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2


class Greek(StrEnum):
    ALPHA = auto()
    BETA = "b"


print(Greek.ALPHA + "!", Greek.BETA.upper(), "-".join(Greek), f"{Greek.ALPHA:>8}|", Greek("b"))
print(Greek.ALPHA == "alpha", isinstance(Greek.BETA, str), repr(Greek.BETA), len(Greek.ALPHA))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw + 0, rw & 4, repr(rw & Perm.X), 3 | Perm.R, repr(Perm.R ^ 6))
print(Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), int(~Perm.R))
print(f"{rw}", format(rw, "04b"), Perm(7) is (Perm.R | Perm.W | Perm.X))


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
    NONE = 0
    EMPHASIS = BOLD | ITALIC


s = Style.BOLD | Style.UNDERLINE
print(s, repr(s), s.value, s.name, len(s), list(s))
print(Style.EMPHASIS, list(Style.EMPHASIS), repr(Style.BOLD | Style.ITALIC), Style(0), repr(Style.NONE))
print(repr(~Style.EMPHASIS), repr(s & ~Style.BOLD), bool(Style.NONE), Style.ITALIC in Style.EMPHASIS)
print(list(Style), len(Style), list(Style.__members__))
try:
    Style(16)
except ValueError as e:
    print("ValueError:", e)
try:
    Style.BOLD | 1
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color("purple")
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
