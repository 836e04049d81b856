# A producer/consumer pipeline over asyncio.Queue, with a bounded queue and join().
import asyncio


async def producer(queue, name, count):
    for i in range(count):
        item = f"{name}-{i}"
        await queue.put(item)
        print(f"put {item} (size {queue.qsize()})")
    print(f"{name} done")


async def consumer(queue, name, seen):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            print(f"{name} stops")
            return len(seen)
        seen.append((name, item))
        print(f"{name} got {item}")
        await asyncio.sleep(0)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue.empty(), queue.full(), queue.maxsize)
    seen = []
    consumers = [asyncio.create_task(consumer(queue, f"c{i}", seen)) for i in range(2)]
    await asyncio.gather(producer(queue, "p", 5), producer(queue, "q", 3))
    await queue.join()
    print("all items processed", len(seen))
    for _ in consumers:
        await queue.put(None)
    print(await asyncio.gather(*consumers))

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    bounded = asyncio.Queue(1)
    bounded.put_nowait("x")
    try:
        bounded.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [5, 1, 4, 2]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for item in "abc":
        await lq.put(item)
    print([await lq.get() for _ in range(3)])

print(asyncio.run(main()))
