# Async comprehensions: async for in list/set/dict comprehensions, await inside them,
# and async generator expressions.

class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def agen(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    await Tick()
    return 2 * x


async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(6) if x % 2])
    print({x % 3 async for x in agen(7)})
    print({x: x * x async for x in agen(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3)])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([[y async for y in agen(x)] for x in range(4)])
    gen = (x * 10 async for x in agen(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    doubled = (await double(x) for x in range(3))
    print([v async for v in doubled])
    return "done"

print(run(main()))
