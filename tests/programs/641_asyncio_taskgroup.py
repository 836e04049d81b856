# asyncio.TaskGroup: waiting for all tasks, and a failure cancelling the rest, caught with
# except* from the ExceptionGroup it raises.
import asyncio


async def job(name, steps, log, fail=False):
    try:
        for i in range(steps):
            await asyncio.sleep(0)
            log.append(f"{name}{i}")
        if fail:
            raise ValueError(f"{name} failed")
        return name.upper()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(job("a", 2, log))
        second = tg.create_task(job("b", 1, log))
        log.append("body done")
    print(first.result(), second.result())
    print(log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 1, log, fail=True))
            tg.create_task(job("y", 5, log))
            tg.create_task(job("z", 5, log))
            await asyncio.sleep(1)
            log.append("body not finished")
    except* ValueError as eg:
        print("caught:", repr(eg))
    print(log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("p", 1, log, fail=True))
            tg.create_task(job("q", 1, log, fail=True))
    except* ValueError as eg:
        print("two failures:", sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("r", 1, log))
            raise KeyError("body failed")
    except* KeyError as eg:
        print("body failure:", repr(eg))

    tg = asyncio.TaskGroup()
    coro = job("s", 1, log)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(main())
