# A three-stage pipeline: queues between stages, a sentinel to stop, an Event for shutdown,
# and results gathered in order.
import asyncio

STOP = object()


async def source(out_queue, items):
    for item in items:
        await out_queue.put(item)
        await asyncio.sleep(0)
    await out_queue.put(STOP)


async def transform(in_queue, out_queue, func, name, trace):
    while True:
        item = await in_queue.get()
        if item is STOP:
            await out_queue.put(STOP)
            trace.append(f"{name} done")
            return
        result = func(item)
        trace.append(f"{name}:{item}->{result}")
        await out_queue.put(result)


async def sink(in_queue, done, trace):
    collected = []
    while True:
        item = await in_queue.get()
        if item is STOP:
            done.set()
            trace.append("sink done")
            return collected
        collected.append(item)


async def main():
    trace = []
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(maxsize=1), asyncio.Queue()
    done = asyncio.Event()
    stages = [
        source(q1, range(1, 6)),
        transform(q1, q2, lambda x: x * 10, "times10", trace),
        transform(q2, q3, lambda x: x + 1, "plus1", trace),
        sink(q3, done, trace),
    ]
    results = await asyncio.gather(*stages)
    print(results[-1])
    print(done.is_set())
    for line in trace:
        print(line)

    counts = {}
    lock = asyncio.Lock()

    async def count(word):
        async with lock:
            current = counts.get(word, 0)
            await asyncio.sleep(0)
            counts[word] = current + 1

    await asyncio.gather(*(count(w) for w in "the cat and the hat and the bat".split()))
    print(sorted(counts.items()))

asyncio.run(main())
