# Generator objects: type, names, repr, gi_running, and re-entry.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def outer():
    def inner_gen():
        yield "inner"
    return inner_gen()


g = countdown(3)
print(type(g), type(g).__name__)
print(g.__name__, g.__qualname__)
print(outer().__name__, outer().__qualname__)
print(repr(g).startswith("<generator object countdown at 0x"), repr(g).endswith(">"))
print(str(outer()).startswith("<generator object outer.<locals>.inner_gen at 0x"))
print(iter(g) is g, g.__iter__() is g)
print(g.gi_running)
print(g.gi_code.co_name, g.gi_yieldfrom)
print(bool(g), g == g, g != countdown(3))
print(isinstance(g, object), callable(g), callable(countdown))
print(next(g), g.__next__(), list(g))
print(g.gi_running, list(g))

# A generator cannot resume itself while it runs.
def reentrant():
    yield "start"
    yield next(me)


me = reentrant()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "finished after the error"))


def sender():
    value = yield
    while True:
        try:
            value = yield this.send(value)
        except ValueError as e:
            print("  inside:", e)
            yield "handled"


this = sender()
next(this)
print(this.send(1))


def watcher():
    print("  running while resumed:", w.gi_running)
    yield 1


w = watcher()
print(next(w), w.gi_running)

# Distinct generator objects from one function are independent.
a, b = countdown(2), countdown(2)
print(next(a), next(a), next(b))
print(list(a), list(b))

# Generators hold references: the frame keeps its locals alive while suspended.
def keeps(items):
    local = list(items)
    yield len(local)
    local.append("more")
    yield local


k = keeps("ab")
print(next(k))
print(next(k))

# Defining a generator function does not run it; calling one checks arguments first.
def needs_two(a, b):
    yield a + b


try:
    needs_two(1)
except TypeError as e:
    print("TypeError:", e)
print(list(needs_two(b=1, a=2)))


# Generators as values: lists of them, generators yielding generators.
gens = [countdown(i) for i in range(4)]
print([list(x) for x in gens])


def gen_of_gens():
    for i in range(3):
        yield countdown(i)


print([sum(x) for x in gen_of_gens()])

# Lambdas may yield too.
lam = lambda: (yield 5)
print(list(lam()))
