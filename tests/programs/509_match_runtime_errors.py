# Errors raised while matching, with CPython's messages.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x, self.y = 1, 2


class NoArgs:
    pass


class BadArgsList:
    __match_args__ = ["x"]


class BadArgsItem:
    __match_args__ = (1,)


class Keys:
    A = "a"
    ALSO_A = "a"


def attempt(label, make):
    try:
        print(label, "->", make())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def too_many():
    match Point():
        case Point(a, b, c):
            return "matched"


def none_allowed():
    match NoArgs():
        case NoArgs(a):
            return "matched"


def one_allowed():
    class One:
        __match_args__ = ("x",)
    match One():
        case One(a, b):
            return "matched"


def not_a_tuple():
    match BadArgsList():
        case BadArgsList(a):
            return "matched"


def not_strings():
    match BadArgsItem():
        case BadArgsItem(a):
            return "matched"


def not_a_class():
    f = len
    match 1:
        case f():
            return "matched"


def repeated_attribute():
    match Point():
        case Point(a, x=b):
            return "matched"


def duplicate_key():
    match {"a": 1, "b": 2}:
        case {Keys.A: 1, Keys.ALSO_A: 2}:
            return "matched"


def unhashable_key():
    class K:
        V = []
    match {"a": 1}:
        case {K.V: 1}:
            return "matched"


def raising_eq():
    class Bad:
        def __eq__(self, other):
            raise ValueError("no comparing")
    class C:
        B = Bad()
    match 3:
        case C.B:
            return "matched"


for label, f in [("too many", too_many), ("none allowed", none_allowed), ("one allowed", one_allowed),
                 ("not a tuple", not_a_tuple), ("not strings", not_strings), ("not a class", not_a_class),
                 ("repeated attribute", repeated_attribute), ("duplicate key", duplicate_key),
                 ("unhashable key", unhashable_key), ("raising __eq__", raising_eq)]:
    attempt(label, f)

# The subject does not match: no error for a wrong __match_args__ then.
match 5:
    case BadArgsList(a):
        print("no")
    case _:
        print("int is not a BadArgsList: no check")

# Uncaught: the traceback points at the class pattern.
match Point():
    case Point(1, 2, 3):
        pass
