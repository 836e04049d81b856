# gen.throw(): raise an exception at the paused yield.
def worker():
    while True:
        try:
            job = yield "waiting"
            print("  job", job)
        except ValueError as e:
            print("  recovered from", repr(e))
            yield "recovered"


w = worker()
print(next(w))
print(w.send("a"))
print(w.throw(ValueError("bad input")))
print(next(w))
print(w.throw(ValueError))
print(next(w))

# throw(type, value) builds the exception.
print(w.throw(ValueError, "from type and value"))
print(next(w))

# An exception the generator does not catch comes out of throw() and finishes it.
try:
    w.throw(KeyError("missing"))
except KeyError as e:
    print("propagated", repr(e))
print(next(w, "finished"))

# Throwing into a finished generator raises the exception directly.
try:
    w.throw(IndexError("late"))
except IndexError as e:
    print("late:", e)

# Throwing into a just-created generator raises before its first line runs.
def never_started():
    print("this does not print")
    yield 1


fresh = never_started()
try:
    fresh.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
print(list(fresh))

# A generator that returns from its handler: throw() raises StopIteration.
def returns_on_error():
    try:
        yield 1
    except ZeroDivisionError:
        return "handled"


r = returns_on_error()
next(r)
try:
    r.throw(ZeroDivisionError)
except StopIteration as e:
    print("stop value:", e.value)

# Bad arguments.
g = worker()
next(g)
for bad in [(1,), ("text",), ()]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError:", e)

# The thrown exception's context is the one being handled where it was thrown in.
def shows_context():
    try:
        yield
    except KeyError as e:
        print("  context:", repr(e.__context__))
        yield "done"


s = shows_context()
next(s)
try:
    raise OSError("outer")
except OSError:
    print(s.throw(KeyError("k")))

# finally blocks run when the exception passes through.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")


f = with_finally()
next(f)
try:
    f.throw(TypeError("stop"))
except TypeError as e:
    print("after cleanup:", e)
