# Coroutine objects driven by hand with send/throw/close, and awaiting custom awaitables.

class Signal:
    """An awaitable that yields itself and returns what is sent back in."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield self
        return f"{self.label}:{reply}"


async def leaf(n):
    got = await Signal(f"leaf{n}")
    return got.upper()


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


coro = middle()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.cr_running, coro.cr_await)
sig = coro.send(None)
print(type(sig).__name__, sig.label)
print(type(coro.cr_await).__name__)
sig = coro.send("x")
print(sig.label)
try:
    coro.send("y")
except StopIteration as stop:
    print("returned", stop.value)

# Errors of the coroutine protocol.
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

fresh = middle()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
try:
    next(fresh)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(fresh)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(fresh, "__next__"), hasattr(fresh, "send"), hasattr(fresh, "__await__"))
fresh.close()


# throw() into a suspended coroutine reaches the innermost await.
async def guarded():
    try:
        await Signal("g")
    except KeyError as e:
        print("caught inside", repr(e))
        return "recovered"


g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as stop:
    print("throw ->", stop.value)


# close() runs finally blocks.
async def with_cleanup():
    try:
        await Signal("c")
    finally:
        print("cleanup ran")


c = with_cleanup()
c.send(None)
c.close()
print("closed", c.cr_running)


# Awaiting things that are not awaitable.
async def await_it(x):
    return await x


class NoIter:
    def __await__(self):
        return 42


def plain_gen():
    yield 1


for bad in [3, "text", NoIter(), plain_gen()]:
    co = await_it(bad)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)

# StopIteration raised inside a coroutine becomes RuntimeError.
async def stops():
    raise StopIteration(5)

try:
    stops().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
