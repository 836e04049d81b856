# asyncio.Event, Lock and Semaphore coordinating tasks.
import asyncio


async def waiter(event, name, log):
    log.append(f"{name} waits")
    await event.wait()
    log.append(f"{name} released")


async def critical(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def limited(sem, name, log, active):
    async with sem:
        active.append(name)
        log.append(f"{name} starts with {len(active)} active")
        await asyncio.sleep(0)
        active.remove(name)


async def main():
    log = []
    event = asyncio.Event()
    print(event.is_set())
    tasks = [asyncio.create_task(waiter(event, n, log)) for n in "ab"]
    await asyncio.sleep(0)
    log.append("setting")
    event.set()
    await asyncio.gather(*tasks)
    print(event.is_set(), await event.wait())
    event.clear()
    print(event.is_set())
    print(log)

    log = []
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(critical(lock, n, log) for n in "xyz"))
    print(log, lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    log = []
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(limited(sem, n, log, active) for n in "pqrst"))
    print(log)
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
