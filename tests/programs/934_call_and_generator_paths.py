# Calls and generator resumptions through their short ways: special methods called from
# built-in code (with defaults, static and class methods, errors), `with` on instances
# (the special lookup skips the instance's own attributes), method objects as callbacks,
# and generators sent values in every state.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self, extra=0):
        return self.n + extra


class BadLen:
    def __len__(self):
        return -1


class Manager:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        self.log.append("exit " + self.name + " " + (kind.__name__ if kind else "-"))
        return kind is KeyError


class Shadowed(Manager):
    pass


class StaticEnter:
    @staticmethod
    def __enter__():
        return "static"

    @classmethod
    def __exit__(cls, *args):
        print("classmethod exit of", cls.__name__, len(args))


class Meta(type):
    def __enter__(cls):
        return "class " + cls.__name__

    def __exit__(cls, *args):
        return False


class WithMeta(metaclass=Meta):
    pass


def run_managers():
    log = []
    m = Manager("a", log)
    with m as got:
        log.append("body " + got)
    with Manager("b", log):
        raise KeyError("swallowed")
    try:
        with Manager("c", log):
            raise ValueError("kept")
    except ValueError as e:
        log.append("caught " + str(e))
    s = Shadowed("s", log)
    s.__enter__ = lambda: "instance attribute"
    s.__exit__ = lambda *a: True
    with s as got:
        log.append("body " + got)
    print(log)
    with StaticEnter() as got:
        print(got)
    with WithMeta as got:
        print(got)
    try:
        with 42:
            pass
    except TypeError as e:
        print("TypeError", e)


def run_lengths():
    print(len(Sized(3)), len(Sized(0)), bool(Sized(0)), bool(Sized(2)))
    try:
        len(BadLen())
    except ValueError as e:
        print("ValueError", e)
    items = [Sized(k) for k in (5, 1, 4)]
    print(sorted(len(x) for x in items), max(items, key=len).n)


class Counter:
    def __init__(self):
        self.calls = 0

    def bump(self, by=1, *, twice=False):
        self.calls += by * (2 if twice else 1)
        return self.calls


def apply(f, times):
    out = None
    for _ in range(times):
        out = f()
    return out


def run_callbacks():
    c = Counter()
    bump = c.bump
    print(apply(bump, 3), bump(10), bump(by=2, twice=True))
    print(list(map(c.bump, [1, 2, 3])))
    try:
        bump(1, 2)
    except TypeError as e:
        print("TypeError", e)


def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo saw", received)


def counted(n):
    for i in range(n):
        yield i
    return "done"


def run_generators():
    g = echo()
    try:
        g.send("early")
    except TypeError as e:
        print("TypeError", e)
    print(next(g), g.send("x"), g.send("y"), next(g))
    g.close()
    try:
        g.send("late")
    except StopIteration as e:
        print("StopIteration", e.value)
    c = counted(2)
    print(next(c), next(c))
    try:
        next(c)
    except StopIteration as e:
        print("StopIteration", e.value)
    print(next(c, "default"))

    def delegate():
        result = yield from counted(3)
        yield result

    print(list(delegate()))

    def reentrant():
        yield next(me)

    me = reentrant()
    try:
        next(me)
    except ValueError as e:
        print("ValueError", e)

    def handled():
        try:
            raise KeyError("inside")
        except KeyError:
            yield 1
            yield 2

    h = handled()
    print(next(h))
    try:
        raise IndexError("outside")
    except IndexError:
        print(next(h))


def deep(n):
    return n if n == 0 else deep(n - 1)


def run_recursion():
    print(deep(200))

    class Loop:
        def __len__(self):
            return len(self)

    try:
        len(Loop())
    except RecursionError as e:
        print("RecursionError", e)


run_managers()
run_lengths()
run_callbacks()
run_generators()
run_recursion()
