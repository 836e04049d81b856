# Generator functions: yield, for loops, next(), return values and StopIteration.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def letters():
    yield "a"
    yield "b"
    yield "c"
    return "finished"


for i in count_up(4):
    print("item", i)

g = letters()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e), e.value)
print(next(count_up(0), "default"), next(letters(), "unused"))

# A generator that returns without a value raises a bare StopIteration.
def empty():
    return
    yield

try:
    next(empty())
except StopIteration as e:
    print("bare:", repr(e), e.value)

# Nothing runs before the first next().
def noisy():
    print("  started")
    yield 1
    print("  resumed")
    yield 2
    print("  ending")

n = noisy()
print("created")
print("got", next(n))
print("got", next(n))
print("rest", list(n))
print("exhausted", list(n))

# Local state survives between yields; arguments and defaults bind at the call.
def running_total(values, start=100):
    total = start
    for v in values:
        total += v
        yield total

print(list(running_total([1, 2, 3])))
print(list(running_total([1, 2, 3], start=0)))

# Yield inside nested loops and conditionals.
def pairs(n):
    for a in range(n):
        for b in range(a):
            if (a + b) % 2:
                yield a, b

print(list(pairs(5)))

# Yield as an expression whose value is unused in a next()-driven generator.
def tags():
    x = yield "first"
    print("  x is", x)
    y = yield "second"
    print("  y is", y)

t = tags()
print(next(t))
print(next(t))
print(next(t, "done"))

# Generators of closures and closures over generator locals.
def make_counters():
    for i in range(3):
        def show(i=i):
            return i * 10
        yield show

print([f() for f in make_counters()])

# Iterating one generator in two interleaved loops.
gen = count_up(6)
for a in gen:
    b = next(gen, None)
    print(a, b)
