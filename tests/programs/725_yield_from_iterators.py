# `yield from` an iterator that is not a generator: send, throw and close reach it, and
# a StopIteration it raises gives its value to the `yield from`.

class Echo:
    def __init__(self):
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count > 3:
            raise StopIteration("done after %d" % self.count)
        return self.count

    def send(self, value):
        return "echo %r" % (value,)

    def throw(self, *args):
        print("throw got", args)
        if args[0] is KeyError:
            raise StopIteration("stopped by throw")
        if args[0] is IndexError:
            raise ValueError("converted")
        return "handled"

    def close(self):
        print("close called")


def relay():
    result = yield from Echo()
    print("relay result:", result)
    yield "after"


g = relay()
print(next(g), g.send("x"), next(g))
print(g.throw(OSError), g.throw(17))
print(g.throw(KeyError))
print(list(g))

g = relay()
next(g)
try:
    g.throw(IndexError)
except ValueError as e:
    print("ValueError", e)

g = relay()
next(g)
g.close()


class Plain:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def wrap():
    yield from Plain()


g = wrap()
next(g)
for bad in (ZeroDivisionError, 5):
    try:
        g.throw(bad)
    except Exception as e:
        print(type(e).__name__)
    g = wrap()
    next(g)
try:
    g.send("no send method")
except AttributeError as e:
    print("AttributeError", e)


class Custom(Exception):
    pass


def catcher():
    try:
        yield 1
    except Custom as e:
        yield "caught %s" % type(e).__name__


g = catcher()
next(g)
print(g.throw(Custom))


class NotReally(Exception):
    def __new__(cls, *args):
        return 42


try:
    raise NotReally
except TypeError as e:
    print("TypeError", e)
