# Value patterns: dotted names are looked up and compared with ==.
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3


class Settings:
    class Limits:
        MAX = 100


def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Settings.Limits.MAX:
            return "max"
        case _:
            return "unknown"


for c in [1, 2, 3, 100, 4, 1.0, True]:
    print(c, name(c))


class Eq:
    """Equal to everything, and says so."""

    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print(f"  {self.tag}.__eq__({getattr(other, 'tag', other)!r})")
        return True


class Values:
    ANY = Eq("ANY")


# The subject is the left operand: a value pattern runs `subject == value`.
match Eq("subject"):
    case Values.ANY:
        print("subject == ANY")

match 5:
    case Values.ANY:
        print("5 == ANY by the reflected __eq__")


class Never:
    def __eq__(self, other):
        return False


class Holder:
    N = Never()


match Holder.N:
    case Holder.N:
        print("identity does not count")
    case _:
        print("no match: value patterns use ==, not identity")

# The value is looked up each time the pattern runs.
for Color.RED in (7, 8):
    match 8:
        case Color.RED:
            print("matched RED =", Color.RED)
        case _:
            print("RED is", Color.RED)
