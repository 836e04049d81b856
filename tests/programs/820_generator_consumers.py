# Built-ins consuming generators (list, tuple, set, frozenset, sum, any, all), generators
# driven by for, send, next and yield from, and the run loop's fast paths for unpacking,
# list stores, list.append and membership: each must behave exactly as in CPython.
import itertools
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(x * 2 for x in range(5)), tuple(x for x in "abc"), sorted(set(x % 3 for x in range(10))))
print(sorted(frozenset(x for x in [1, 2, 2])), sum(x for x in range(100)), sum(x / 2 for x in range(5)))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)), any(x for x in []), all(x for x in []))
print(list(numbers(3)), sum(numbers(4)), sum(sum(y for y in range(x)) for x in range(20)))

it = numbers(5)
print(next(it), list(it), list(it))


class Truth:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("  bool", self.value, "running:", gen.gi_running)
        return self.value


gen = (Truth(v) for v in [False, False, True, False])
print(any(gen), [t.value for t in gen])
gen = (Truth(v) for v in [True, True, False, True])
print(all(gen), [t.value for t in gen])


def failing():
    yield 1
    raise ValueError("inside")


for consumer in (list, tuple, set, sum, any):
    try:
        consumer(failing())
    except ValueError as e:
        print(consumer.__name__, "caught", e)

try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("caught", e)
try:
    set([] for x in range(2))
except TypeError as e:
    print("caught", e)


def stopper():
    yield 1
    raise StopIteration


try:
    list(stopper())
except RuntimeError as e:
    print("caught", e, type(e.__cause__).__name__)


def self_consuming():
    yield 1
    yield list(again)


again = self_consuming()
try:
    list(again)
except ValueError as e:
    print("caught", e)


def handled_inside():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


print(list(handled_inside()), sys.exc_info())
try:
    raise IndexError
except IndexError:
    print(list(sys.exc_info()[0].__name__ for _ in range(2)))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")


print(any(x for x in with_finally()))
print("after any")


def echo():
    received = yield "ready"
    while True:
        try:
            received = yield received * 2
        except KeyError as e:
            received = yield "caught %r" % (e,)


g = echo()
print(g.__next__(), g.send(5), g.send(6), g.throw(KeyError("k")), g.send(1))
print(g.close(), g.close())
try:
    g.send(1)
except StopIteration as e:
    print("stopped", e.value)
try:
    echo().send(3)
except TypeError as e:
    print(e)


def delegate():
    result = yield from numbers(3)
    yield result


print(list(delegate()), [x for x in delegate()])


def deep(n):
    return sum(deep(n - 1) for _ in range(1)) if n else 1


print(deep(40))

print(list(itertools.permutations("abc")), list(itertools.permutations(range(4), 2))[-3:])
print(list(itertools.combinations(range(5), 3))[:4], list(itertools.combinations("ab", 3)))
p = itertools.permutations([1, 2, 3])
print(next(p), next(p), list(p), list(p))

values = [1, 2, 3]
values[0] = 9
values[-1] = 7
values[True] = 5
for bad in (3, -4):
    try:
        values[bad] = 0
    except IndexError as e:
        print(e)
a, b, c = values
x, y = (10, 20)
print(values, a, b, c, x, y)
for source in ([1, 2, 3], (1, 2, 3)):
    try:
        a, b = source
    except ValueError as e:
        print(e)
    try:
        a, b, c, d = source
    except ValueError as e:
        print(e)


class Loud(list):
    def append(self, item):
        print("  appending", item)
        super().append(item)


loud = Loud()
loud.append(3)
values.append(values)
print(loud, values)


class Pair(tuple):
    pass


first, second = Pair((1, 2))
print(first, second)


class Same:
    def __eq__(self, other):
        return True

    __hash__ = None


nan = float("nan")
print(1 in [1, 2], 3 in (1, 2), Same() in [5], 5 in [Same()], nan in [nan], [] in [[]])
