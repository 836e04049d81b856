# types.coroutine makes a generator function awaitable; a coroutine freed by a call that
# raised is reported at the line of that call.
import types


@types.coroutine
def pause(value):
    got = yield f"paused at {value}"
    return got * 2


async def worker():
    a = await pause(1)
    b = await pause(2)
    return a + b


coro = worker()
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(20)
except StopIteration as stop:
    print("returned", stop.value)
print(pause.__code__.co_flags & 0x100, pause.__name__)
print(types.coroutine(len) is len)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)


async def plain():
    pass


try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)
print("done")
