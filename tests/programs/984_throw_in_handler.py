# An exception thrown into a coroutine from inside an except block of its driver, caught
# there and re-raised after an await, is still the one re-raised (the generator's own
# handled exception is kept apart from its resumer's, even when it is the same object);
# asyncio.wait_for cancelled from outside relies on it.
class Fut:
    def __repr__(self):
        return "Fut"

    def __await__(self):
        yield self
        return 1

async def cancel_and_wait():
    await Fut()

async def wait_for():
    try:
        await Fut()
    except ValueError:
        await cancel_and_wait()
        raise

def step(coro, exc=None):
    try:
        if exc is None:
            return coro.send(None)
        return coro.throw(exc)
    except BaseException as e:
        return ("done", type(e).__name__, e)

def wakeup(coro, error):
    try:
        raise error
    except BaseException as exc:
        return step(coro, exc)

c = wait_for()
print(step(c))
print(wakeup(c, ValueError("cancel")))
print(step(c))

import asyncio

async def task(id, t):
    print("task start", id)
    await asyncio.sleep(t)
    print("task end", id)
    return id * 2
async def twc(id, t, t_wait):
    print("twc start")
    try:
        await asyncio.wait_for(task(id, t), t_wait)
    except asyncio.CancelledError as er:
        print("twc cancelled")
        raise er
async def main():
    t = asyncio.create_task(twc(4, 1, 2))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    print("after", t.cancelled())
asyncio.run(main())
