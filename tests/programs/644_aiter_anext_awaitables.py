# aiter() and anext(), and awaitable classes built on coroutines' __await__.
import asyncio


async def fetch(tag):
    await asyncio.sleep(0)
    return f"fetched {tag}"


class Delegating:
    """An awaitable whose __await__ hands over to a coroutine's."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return fetch(self.tag).__await__()


class Decorating:
    """An awaitable whose __await__ is a generator delegating with yield from."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        result = yield from fetch(self.tag).__await__()
        return result.upper()


async def letters():
    for ch in "xyz":
        await asyncio.sleep(0)
        yield ch


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    print(await Delegating("a"))
    print(await Decorating("b"))
    print(await asyncio.gather(Delegating("c"), Decorating("d")))

    gen = letters()
    print(aiter(gen) is gen)
    print(await anext(gen), await anext(gen), await anext(gen))
    print(await anext(gen, "default"))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")

    it = aiter(Countdown(3))
    print(await anext(it), await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("countdown done")

    for bad in (5, [1, 2]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
