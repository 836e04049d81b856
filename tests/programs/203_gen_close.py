# gen.close(): GeneratorExit at the paused yield; finally blocks run.
def resource(name):
    print("  open", name)
    try:
        while True:
            yield name
    finally:
        print("  close", name)


r = resource("a")
print(next(r))
print(r.close())
print(r.close())
print(next(r, "closed"))

# Closing a generator that never started runs nothing.
r2 = resource("b")
print(r2.close())
print(list(r2))


# A generator may catch GeneratorExit to clean up, but must not yield again.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  exiting politely")
        return "ignored value"


p = polite()
next(p)
print("close returned", p.close())


# Another exception raised while closing propagates.
def raises_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cannot close")


rc = raises_on_close()
next(rc)
try:
    rc.close()
except ValueError as e:
    print("ValueError:", e)

# Breaking out of a loop frees the generator, which closes it.
for name in resource("loop"):
    print("in loop", name)
    break
print("after loop")


def first(iterable):
    for item in iterable:
        return item


print("first:", first(resource("first")))
print("done")

# A generator dropped when its variable is rebound is closed at once.
g = resource("rebound")
next(g)
g = None
print("rebound to None")

# close() arguments are checked.
try:
    resource("c").close(1)
except TypeError as e:
    print("TypeError:", e)

# GeneratorExit is a BaseException, not an Exception.
def catches_exception():
    try:
        yield 1
    except Exception:
        print("  not reached")
    finally:
        print("  finally runs")


ce = catches_exception()
next(ce)
ce.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
