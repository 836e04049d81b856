# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    next(iter([]))
    yield 2


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
    print("suppressed:", e.__suppress_context__)


def explicit():
    yield "a"
    raise StopIteration("explicit")


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# The generator is finished afterwards.
print(next(g, "finished"))

# For loops see the RuntimeError, not the end of iteration.
try:
    for item in leaky():
        print("item", item)
except RuntimeError as e:
    print("loop stopped by", type(e).__name__)


# Catching StopIteration inside the generator is fine.
def careful():
    it = iter([1, 2])
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "clean end"
        yield value


print(list(careful()))
c = careful()
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration:", e.value)

# In generator expressions too.
def first_or_raise(items):
    return next(iter(items))


try:
    print(list(first_or_raise(x) for x in [[1], [], [3]]))
except RuntimeError as e:
    print("genexpr:", e)

# A return in a generator is the normal way to stop; StopIteration subclasses are converted too.
try:
    print(sum(x for x in explicit() if x != "a"))
except RuntimeError as e:
    print("sum:", e)

# StopIteration thrown in from outside is converted as well.
def waits():
    yield 1


w = waits()
next(w)
try:
    w.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown:", e, repr(e.__cause__))
