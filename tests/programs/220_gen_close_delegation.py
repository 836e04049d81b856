# Closing a generator suspended in yield from, and the exception each frame is handling.
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner exit")
        return 5
def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield 2
    finally:
        print("outer finally")
o = outer(); next(o); print(o.close())


def stubborn_inner():
    try:
        yield 1
    except GeneratorExit:
        yield "still here"


def outer_of_stubborn():
    try:
        yield from stubborn_inner()
    except RuntimeError as e:
        print("outer saw", repr(e))
        raise


s = outer_of_stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("close raised", e)


def fresh_inner():
    yield "never"


def closes_fresh():
    try:
        yield from fresh_inner()
    finally:
        print("closes_fresh finally")


c = closes_fresh()
print(next(c))
print(c.close())

def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        try:
            raise ValueError("v")
        except ValueError as v:
            print("v context", repr(v.__context__))
        yield 2
    try:
        raise IndexError("i")
    except IndexError as i:
        print("i context", repr(i.__context__))
    yield 3
x = g()
next(x)
try:
    raise TypeError("t")
except TypeError as t:
    print("t context", repr(t.__context__))
    next(x)
    try:
        raise OSError("o")
    except OSError as o:
        print("o context", repr(o.__context__))
print(next(x))
try:
    raise TypeError("t2")
except TypeError as t:
    print("t2 context", repr(t.__context__))
