# Cancellation: Task.cancel, CancelledError inside the coroutine, cleanup, messages.
import asyncio


async def sleeper(log):
    try:
        log.append("sleeping")
        await asyncio.sleep(10)
        log.append("woke")
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored cancellation"


async def main():
    log = []
    task = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(task.cancel(), task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print(task.cancelled(), task.done(), log)
    print(task.cancel())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    early = asyncio.create_task(sleeper(log))
    early.cancel("before start")
    try:
        await early
    except asyncio.CancelledError as e:
        print("early:", e.args)

    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    children = [asyncio.create_task(asyncio.sleep(10)) for _ in range(3)]
    group = asyncio.gather(*children)
    await asyncio.sleep(0)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled", [c.cancelled() for c in children])

    results = await asyncio.gather(asyncio.sleep(0, result="ok"), asyncio.sleep(0), return_exceptions=True)
    print(results)
    return "done"

print(asyncio.run(main()))
