# Exceptions raised in coroutines and tasks: how they travel through await, gather and run.
import asyncio
import sys


async def level3():
    await asyncio.sleep(0)
    raise ZeroDivisionError("deep failure")


async def level2():
    return await level3()


async def level1():
    try:
        return await level2()
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e


async def main():
    try:
        await level1()
    except RuntimeError as e:
        print("caught", repr(e), "from", repr(e.__cause__))

    task = asyncio.create_task(level2())
    try:
        await task
    except ZeroDivisionError as e:
        print("task raised", e, task.done(), type(task.exception()).__name__)

    async def set_later(fut):
        await asyncio.sleep(0)
        fut.set_exception(ValueError("from future"))

    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(set_later(fut))
    try:
        await fut
    except ValueError as e:
        print("future raised", e)

    try:
        await asyncio.gather(level3(), asyncio.sleep(0.01))
    except ZeroDivisionError as e:
        print("gather raised", e)
    raise KeyError("escapes asyncio.run")


try:
    asyncio.run(main())
except KeyError as e:
    print("asyncio.run raised", repr(e))

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def nested_run():
    coro = level3()
    try:
        asyncio.run(coro)
    finally:
        coro.close()

try:
    asyncio.run(nested_run())
except RuntimeError as e:
    print("RuntimeError:", e)

print("exit", file=sys.stderr)
