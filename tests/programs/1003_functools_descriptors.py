# functools.cached_property, partialmethod, singledispatch and singledispatchmethod, used as
# real code uses them, with their error cases.
import functools
from functools import cached_property, partialmethod, singledispatch, singledispatchmethod


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        """The sum of the values."""
        self.computed += 1
        print("  computing total")
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed, d.__dict__)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, Dataset([5]).total)
print(type(Dataset.total).__name__, Dataset.total.attrname, Dataset.total.__doc__, Dataset.total.func.__name__)
print(isinstance(Dataset.__dict__["total"], cached_property), cached_property[int])


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def double(self):
        return 2


try:
    Slotted().double
except TypeError as e:
    print("TypeError:", e)

shared = cached_property(lambda self: 1)
try:
    class TwoNames:
        a = shared
        b = shared
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, repr(e.__cause__))


class Late:
    pass


Late.value = cached_property(lambda self: 5)
try:
    Late().value
except TypeError as e:
    print("TypeError:", e)
Late.value.__set_name__(Late, "value")
print(Late().value)


class Sub(Dataset):
    @cached_property
    def total(self):
        return "sub " + str(super().total)


print(Sub([4]).total)


# partialmethod
class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state, *, reason="none"):
        self._alive = bool(state)
        return f"{state} ({reason})"

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, reason="default")
    set_dead_loudly = partialmethod(set_dead, reason="loud")

    @classmethod
    def make(cls, kind, size=1):
        return f"{cls.__name__}:{kind}:{size}"

    make_big = partialmethod(make, "big", size=10)


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_dead(reason="given"), c.set_dead_loudly())
print(c.set_alive(reason="kw"), Cell.make_big(), c.make_big(), Cell.make_big(size=3))
print(Cell.set_alive(c), type(c.set_alive).__name__, type(Cell.make_big).__name__)
print(repr(Cell.__dict__["set_dead"]).replace(hex(id(Cell.set_state)), "ADDR").split(" at ")[0])
print(Cell.__dict__["set_dead_loudly"].args, Cell.__dict__["set_dead_loudly"].keywords)
try:
    partialmethod(42)
except TypeError as e:
    print("TypeError:", e)
try:
    c.set_alive(1, 2)
except TypeError as e:
    print("TypeError:", e)


# singledispatch
@singledispatch
def render(obj):
    return f"object {obj!r}"


@render.register
def _(obj: int):
    return f"int {obj}"


@render.register(list)
def _(obj):
    return "list of " + ", ".join(render(x) for x in obj)


def render_float(obj):
    return f"float {obj:.2f}"


render.register(float, render_float)
print(render(3), render(True), render(2.5), render([1, "a", 1.0]), render("s"), render(None))
print(render.dispatch(bool).__name__, render.dispatch(str).__name__, render.__name__)
print(sorted(c.__name__ for c in render.registry))
try:
    render()
except TypeError as e:
    print("TypeError:", e)
try:
    render.register(lambda obj: obj)
except TypeError as e:
    print("TypeError:", str(e).split(":")[0], str(e).split(". ")[-1])


# singledispatchmethod
class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        raise NotImplementedError(f"cannot format {type(arg).__name__}")

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}int:{arg}"

    @fmt.register(str)
    def _(self, arg):
        return f"{self.prefix}str:{arg}"

    @fmt.register(tuple)
    @fmt.register(list)
    def _(self, arg):
        return self.prefix + "seq:" + "|".join(self.fmt(x) for x in arg)

    @singledispatchmethod
    @classmethod
    def parse(cls, arg):
        return f"{cls.__name__} default"

    @parse.register(int)
    @classmethod
    def _(cls, arg):
        return f"{cls.__name__} int {arg}"


f = Formatter("> ")
print(f.fmt(1), f.fmt("x"), f.fmt([1, "y"]), f.fmt((2,)), Formatter.fmt.__name__)
print(Formatter.parse(5), Formatter.parse("z"), f.parse(1))
try:
    f.fmt(1.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    singledispatchmethod(3)
except TypeError as e:
    print("TypeError:", e)
print(functools.partialmethod.__module__, functools.cached_property.__name__)
