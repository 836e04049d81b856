"""Errors around class creation with metaclasses: non-callable metaclasses, bad type()
arguments, hooks that raise (__call__, __new__, __prepare__, the body), class keywords nobody
accepts, and the type/metaclass relations."""

def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


class M(type):
    pass


attempt("metaclass=5", lambda: M.__new__(M, "X", (), {}) and None)


def bad_meta_int():
    class C(metaclass=5):
        pass


attempt("int metaclass", bad_meta_int)
attempt("type 2 args", lambda: type("X", ()))
attempt("type bad name", lambda: type(1, (), {}))
attempt("type bad bases", lambda: type("X", [], {}))
attempt("type bad dict", lambda: type("X", (), []))
attempt("type base not class", lambda: type("X", (1,), {}))
attempt("M wrong args", lambda: M("X"))
attempt("M bad name", lambda: M(5, (), {}))


class Fails(type):
    def __call__(cls, *args):
        raise RuntimeError(f"no instances of {cls.__name__}")


class NoInstances(metaclass=Fails):
    pass


attempt("call hook raises", lambda: NoInstances())


class Checker(type):
    def __new__(mcs, name, bases, ns):
        if "required" not in ns and bases:
            raise TypeError(f"{name} must define 'required'")
        return super().__new__(mcs, name, bases, ns)


class Root(metaclass=Checker):
    pass


def missing_required():
    class Leaf(Root):
        pass


def has_required():
    class Leaf(Root):
        required = True
    return Leaf.required


attempt("checker missing", missing_required)
attempt("checker ok", has_required)


class WithInitSubclass:
    def __init_subclass__(cls):
        pass


attempt("unknown class keyword", lambda: M("Y", (WithInitSubclass,), {}, extra=1))


def unknown_keyword_stmt():
    class Z(metaclass=M, flavor="x"):
        pass


attempt("keyword to object.__init_subclass__", unknown_keyword_stmt)


class PrepareFails(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        raise ValueError("no namespace for " + name)


def prepare_fails():
    class Q(metaclass=PrepareFails):
        pass


attempt("prepare raises", prepare_fails)


def body_fails():
    class R(metaclass=M):
        x = 1 / 0


attempt("body raises", body_fails)
attempt("M mro", lambda: [c.__name__ for c in M.__mro__])
attempt("isinstance M", lambda: (isinstance(M, type), isinstance(M, M), issubclass(M, type), isinstance(int, M)))
attempt("type of type", lambda: (type(M) is type, type(type) is type))
