# sleep(t > 0) wakes tasks in deadline order; equal deadlines keep their scheduling order.
import asyncio
import time


async def alarm(delay, tag, order):
    await asyncio.sleep(delay)
    order.append(tag)
    return tag


async def main():
    order = []
    start = time.monotonic()
    results = await asyncio.gather(
        alarm(0.04, "fourth", order),
        alarm(0.01, "first", order),
        alarm(0.03, "third", order),
        alarm(0.02, "second", order),
        alarm(0, "immediate", order),
    )
    elapsed = time.monotonic() - start
    print(order)
    print(results)
    print("waited at least the longest delay:", elapsed >= 0.04)

    ticks = []

    async def ticker(name, period, count):
        for i in range(count):
            await asyncio.sleep(period)
            ticks.append(f"{name}{i}")

    await asyncio.gather(ticker("fast", 0.02, 4), ticker("slow", 0.05, 2))
    print(ticks)
    print(await asyncio.sleep(0.001, result="sleep result"))

asyncio.run(main())
