# asyncio.Condition: consumers wait for items, a producer notifies one or all of them.
import asyncio


async def consumer(cond, items, name, log):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        log.append(f"{name} took {item}")


async def watcher(cond, name, log):
    async with cond:
        await cond.wait()
        log.append(f"{name} woke")


async def main():
    log = []
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(cond, items, f"c{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    for item in ("apple", "pear", "plum"):
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print(log)

    log = []
    watchers = [asyncio.create_task(watcher(cond, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*watchers)
    print(log)

    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(cond.locked())

asyncio.run(main())
