# Tasks: create_task, done/result/exception, awaiting a task, names, current_task.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 3


async def explode():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    task = asyncio.create_task(compute(7), name="triple")
    print(task.get_name(), task.done(), task.cancelled())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    value = await task
    print(value, task.done(), task.result(), task.exception())
    print(await task)

    bad = asyncio.create_task(explode())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(bad.done(), repr(bad.exception()))
    try:
        await bad
    except KeyError as e:
        print("awaiting failed task:", repr(e))

    print(asyncio.current_task().get_name())
    auto = asyncio.create_task(compute(1))
    print(auto.get_name().startswith("Task-"))
    await auto

    order = []

    async def record(tag):
        order.append(tag)

    for tag in "abc":
        asyncio.create_task(record(tag))
    order.append("main before yield")
    await asyncio.sleep(0)
    print(order)

    callbacks = []
    done_task = asyncio.create_task(compute(2))
    done_task.add_done_callback(lambda t: callbacks.append(t.result()))
    await done_task
    await asyncio.sleep(0)
    print(callbacks)

    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    return "main done"

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
coro = compute(1)
print(asyncio.iscoroutine(coro))
coro.close()
