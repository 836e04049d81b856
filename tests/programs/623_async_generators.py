# Async generators: async for, __anext__, asend, athrow, aclose, and their errors.

class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as stop:
        return stop.value, ticks


async def numbers(n):
    for i in range(n):
        await Tick()
        yield i * i


agen = numbers(3)
print(type(agen).__name__, agen.__name__)
print(agen.__aiter__() is agen)
step = agen.__anext__()
print(type(step).__name__)


async def consume():
    out = []
    async for sq in numbers(5):
        out.append(sq)
    return out

print(run(consume()))


async def manual():
    gen = numbers(2)
    first = await gen.__anext__()
    second = await gen.__anext__()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        return first, second, "exhausted"

print(run(manual()))


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo saw", received)


async def talk():
    gen = echo()
    print(await gen.asend(None))
    print(await gen.asend("a"))
    print(await gen.asend("b"))
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

run(talk())


async def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"handled {e}"


async def throw_in():
    gen = resilient()
    print(await gen.__anext__())
    print(await gen.athrow(ValueError("oops")))
    print(await gen.__anext__())
    try:
        await gen.athrow(KeyError("fatal"))
    except KeyError as e:
        print("propagated", repr(e))

run(throw_in())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_stubborn():
    gen = stubborn()
    await gen.__anext__()
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

run(close_stubborn())


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def bad_stop():
    out = []
    try:
        async for x in raises_stop():
            out.append(x)
    except RuntimeError as e:
        out.append(str(e))
    return out

print(run(bad_stop()))


async def reuse():
    gen = numbers(3)
    step = gen.__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)

run(reuse())


async def with_break():
    async for x in numbers(10):
        if x > 3:
            return x

print(run(with_break()))
