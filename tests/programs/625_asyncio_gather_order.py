# asyncio.gather: results in argument order, interleaving by sleep(0), return_exceptions.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} finished after {steps}"


async def fails(message, after):
    for _ in range(after):
        await asyncio.sleep(0)
    raise ValueError(message)


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
    print(log)
    log.clear()

    mixed = await asyncio.gather(worker("x", 2), fails("bad", 1), worker("y", 1), return_exceptions=True)
    for item in mixed:
        print(type(item).__name__, item)

    try:
        await asyncio.gather(worker("p", 3), fails("first", 1), fails("second", 2))
    except ValueError as e:
        print("gather raised", e)

    print(await asyncio.gather())
    same = worker("s", 1)
    task = asyncio.ensure_future(same)
    print(await asyncio.gather(task, task))

    async def square(n):
        await asyncio.sleep(0)
        return n * n

    print(await asyncio.gather(*(square(i) for i in range(6))))
    return len(log)

print(asyncio.run(main()))
