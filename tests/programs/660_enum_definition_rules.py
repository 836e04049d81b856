"""Rules of an enum's class body: _ignore_, nonmember/member, _order_, reserved
_sunder_ names, names defined twice."""

from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member, nonmember


class Config(Enum):
    _ignore_ = ["temp"]
    DEBUG = 1
    temp = 99
    RELEASE = 2
    helper = nonmember(lambda: "helper")
    tag = nonmember("plain")


print(list(Config), Config.tag, hasattr(Config, "temp"))


class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    MUL = member(lambda a, b: a * b)

    def __call__(self, *args):
        return self.value(*args)


print([o.name for o in Ops], Ops.ADD(2, 3), Ops.MUL(2, 3))


class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3


print(list(Ordered))
try:
    class Misordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)

try:
    class Reserved(Enum):
        _bogus_ = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class Reuse(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print("TypeError:", e)
