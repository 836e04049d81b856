# Frames are reused after they finish: a reused frame starts clean (no locals, cells or
# stack items of the frame before), whatever ran in it last.


def use():
    d = [1, 2, 3]
    return len(d)


print(use())


def one_local():
    return d


try:
    one_local()
except NameError as e:
    print(e)

# A class body run by exec finds `__name__` in the builtins.
scope = {}
exec("class A:\n    pass\nmodule = A.__module__", scope)
print(scope["module"])


def numbers(n):
    for i in range(n):
        yield i


print(sum(numbers(4)))


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(300), depth(3))


def defaults(a, b=2, *, c=3):
    return a + b + c


print(defaults(1), defaults(1, 5), defaults(1, c=10))


def unbound_after_reuse():
    try:
        return later
    except NameError as e:
        return str(e)


def sets_later():
    later = 1
    return later


print(sets_later(), unbound_after_reuse())


def local_unbound():
    if False:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__


print(sets_later(), local_unbound())


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


bump = make_counter()
print(bump(), bump(), use(), bump())
