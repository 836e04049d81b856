# as_completed, awaiting a coroutine a task already awaits, failing __aenter__/__anext__,
# coroutine attributes, cancelled futures and loop callbacks.
import asyncio
async def job(d, tag):
    await asyncio.sleep(d)
    return tag
async def main():
    for fut in asyncio.as_completed([job(0.03, "c"), job(0.01, "a"), job(0.02, "b")]):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job(1, "slow")], timeout=0.01):
            await fut
    except TimeoutError:
        print("as_completed timeout")
    c = asyncio.sleep(0.05)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    try:
        await c
    except RuntimeError as e:
        print(e)
    await t
    class BadEnter:
        async def __aenter__(self): raise ValueError("enter")
        async def __aexit__(self, *a): print("never")
    try:
        async with BadEnter():
            pass
    except ValueError as e:
        print("enter failed", e)
    class BadNext:
        def __aiter__(self): return self
        async def __anext__(self): raise KeyError("next")
    try:
        async for _ in BadNext(): pass
    except KeyError as e:
        print("next failed", e)
    coro = job(0, "x")
    print(coro.cr_await, coro.cr_running, coro.cr_code.co_name)
    coro.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    f = asyncio.get_running_loop().create_future()
    f.cancel("why")
    try:
        await f
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_later(0.02, seen.append, "later")
    loop.call_soon(seen.append, "soon")
    h = loop.call_soon(seen.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.03)
    print(seen)
asyncio.run(main())
