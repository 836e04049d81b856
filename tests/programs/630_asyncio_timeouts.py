# wait_for, timeout() and wait(): deadlines, cancellation of the slow part, TimeoutError.
import asyncio


async def slow(log, tag, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{tag} finished")
        return tag
    except asyncio.CancelledError:
        log.append(f"{tag} cancelled")
        raise


async def main():
    log = []
    print(await asyncio.wait_for(slow(log, "quick", 0), timeout=1))
    try:
        await asyncio.wait_for(slow(log, "sluggish", 5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(log, "no limit", 0), None))
    print(log)

    log = []
    try:
        async with asyncio.timeout(0.01):
            await slow(log, "inside timeout", 5)
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(1) as cm:
        await slow(log, "in time", 0)
    print(cm.expired(), log)

    tasks = [asyncio.create_task(slow(log, f"t{d}", d / 100)) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    never = asyncio.create_task(slow(log, "never", 5))
    done, pending = await asyncio.wait([never], timeout=0.01)
    print(len(done), len(pending))
    never.cancel()
    await asyncio.sleep(0)
    print(log[-1])

asyncio.run(main())
