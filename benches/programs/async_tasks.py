# Async tasks: producers and consumers over asyncio queues, gather of many small
# coroutines switching with sleep(0), and async generator pipelines. Prints the results.
import asyncio


async def producer(queue, start, count):
    for i in range(start, start + count):
        await queue.put(i)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            return total
        total += item


async def ping(n):
    value = 0
    for i in range(n):
        value += i
        await asyncio.sleep(0)
    return value


async def numbers(n):
    for i in range(n):
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def main():
    queue = asyncio.Queue(maxsize=10)
    sums = await asyncio.gather(producer(queue, 0, 20000), consumer(queue))
    pings = await asyncio.gather(*(ping(200) for _ in range(200)))
    total = 0
    for _ in range(20):
        total += sum([x async for x in squares(numbers(2000))])
    return sums[1], sum(pings), total


print(asyncio.run(main()))
