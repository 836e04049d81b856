# Async generators under asyncio: pipelines of generators, sleeping inside them,
# cancellation reaching a task suspended in an async for, and explicit aclose().
import asyncio


async def numbers(limit, delay):
    for i in range(limit):
        await asyncio.sleep(delay)
        yield i


async def squares(source):
    async for n in source:
        yield n * n


async def evens(source):
    async for n in source:
        if n % 2 == 0:
            yield n


async def ticker(log):
    count = 0
    try:
        while True:
            await asyncio.sleep(0.001)
            count += 1
            yield count
    finally:
        log.append(f"ticker closed after {count}")


async def consume_forever(log):
    try:
        async for value in numbers(1000, 0.001):
            log.append(value)
    except asyncio.CancelledError:
        log.append("consumer cancelled")
        raise


async def main():
    print([x async for x in evens(squares(numbers(8, 0)))])

    results = await asyncio.gather(
        *[asyncio.create_task(collect(numbers(3, d / 1000))) for d in (3, 1, 2)]
    )
    print(results)

    log = []
    gen = ticker(log)
    async for n in gen:
        if n == 3:
            break
    await gen.aclose()
    print(log)

    log = []
    task = asyncio.create_task(consume_forever(log))
    await asyncio.sleep(0.02)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print(log[-1], task.cancelled(), len(log) > 2)

    async def with_timeout():
        out = []
        async with asyncio.timeout(0.01):
            async for n in numbers(100, 0.004):
                out.append(n)
        return out

    try:
        await with_timeout()
    except TimeoutError:
        print("generator loop timed out")


async def collect(agen):
    return [x async for x in agen]

asyncio.run(main())
