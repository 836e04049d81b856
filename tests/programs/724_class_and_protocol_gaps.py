# Protocol corners: walrus scope in comprehensions, dir(), reversed() of sequences by
# __len__/__getitem__, int()/float() through __int__/__float__, classmethod operators,
# ** with a mapping object, implicit static __new__, final base types.

def last_square(limit):
    any((found := n * n) > limit for n in range(100))
    return found


print(last_square(50))


def declared_global():
    global tally
    print([tally := i for i in range(3)])


declared_global()
print(tally)


class Base:
    kind = "base"

    def greet(self):
        return "hi"


class Child(Base):
    def __init__(self):
        self.own = 1


names = dir(Child())
print([n for n in names if not n.startswith("__")], "__dict__" in names, "__init__" in names)
print([n for n in dir(Child) if not n.startswith("__")])


class Listed:
    def __dir__(self):
        return ["zeta", "alpha"]


print(dir(Listed()))


class Countdown:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "item%d" % i


class Mirror:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Countdown())), list(reversed(Mirror())))
print(list(enumerate(iterable="ab", start=5)))
try:
    reversed(Base())
except TypeError as e:
    print("TypeError", e)


class Number:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __float__(self):
        return self.v / 2


class Indexed:
    def __index__(self):
        return 11


class Broken:
    def __int__(self):
        return "no"


print(int(Number(7)), float(Number(7)), int(Indexed()), float(Indexed()))
try:
    int(Broken())
except TypeError as e:
    print("TypeError", e)


class Ops:
    @classmethod
    def __add__(cls, other):
        return (cls.__name__, other)

    @staticmethod
    def __sub__(other):
        return ("static", other)


print(Ops() + 1, Ops() - 2)


class Settings:
    def keys(self):
        return ["width", "height"]

    def __getitem__(self, key):
        return len(key)


def area(**sizes):
    return sorted(sizes.items())


print(area(**Settings()))
try:
    area(**{1: 2})
except TypeError as e:
    print("TypeError", e)


class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)


t = Tracked(1)
print(type(t.__new__(Tracked)).__name__, type(Tracked.__dict__["__new__"]).__name__)
for base in (bool, type(area)):
    try:
        type("X", (base,), {})
    except TypeError as e:
        print("TypeError", e)
print((5).__class__.__name__, "s".__class__, area.__globals__ is globals())
try:
    area.__globals__ = {}
except AttributeError as e:
    print("AttributeError", e)
print("%6.3d|%-7.4x|%+.2d|%#.3o" % (5, 255, 3, 8))
