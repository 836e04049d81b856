# yield from: delegation to generators and to any iterable.
def inner(n):
    for i in range(n):
        yield i
    return n * 100


def outer():
    first = yield from inner(2)
    print("  inner returned", first)
    second = yield from inner(3)
    print("  inner returned", second)
    yield from "xy"
    yield from [10, 20]
    yield from (c.upper() for c in "ab")
    result = yield from []
    print("  empty iterable gives", result)
    return first + second


print(list(outer()))
o = outer()
for item in o:
    pass
try:
    next(o)
except StopIteration as e:
    print("exhausted", e.value)


def final_value():
    value = yield from outer()
    yield ("total", value)


print(list(final_value())[-1])


# send() passes through to the innermost generator.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def delegator():
    while True:
        result = yield from accumulate()
        print("  accumulated", result)


d = delegator()
next(d)
for v in [1, 2, 3]:
    print("running", d.send(v))
print("reset", d.send(None))
print("again", d.send(10))

# throw() is passed to the innermost generator; its handler decides.
def careful():
    try:
        yield "careful 1"
        yield "careful 2"
    except KeyError as e:
        print("  careful caught", repr(e))
        return "recovered"


def wrapper():
    got = yield from careful()
    print("  wrapper got", got)
    yield "wrapper continues"


w = wrapper()
print(next(w))
print(w.throw(KeyError("k")))
print(list(w))

# An exception the inner generator does not handle reaches the outer one.
def shielded():
    try:
        yield from careful()
    except ValueError as e:
        print("  outer caught", repr(e))
        yield "outer recovered"


s = shielded()
print(next(s))
print(s.throw(ValueError("v")))

# close() closes the whole chain, innermost first.
def level(name, child=None):
    try:
        if child is None:
            yield name
        else:
            yield from child
    finally:
        print("  closing", name)


chain = level("top", level("middle", level("bottom")))
print(next(chain))
print(chain.close())

# gi_yieldfrom shows the delegate while suspended.
w2 = wrapper()
print(w2.gi_yieldfrom)
next(w2)
print(w2.gi_yieldfrom.__name__)

# Delegating to an exhausted generator gives None at once.
spent = inner(1)
list(spent)


def uses_spent():
    r = yield from spent
    yield r


print(list(uses_spent()))

# Recursive delegation: walking a nested structure.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

# Sending a value into a plain iterator fails.
def to_list():
    yield from [1, 2]


tl = to_list()
next(tl)
try:
    tl.send("x")
except AttributeError as e:
    print("AttributeError:", e)
