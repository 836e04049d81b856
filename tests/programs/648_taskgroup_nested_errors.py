# Nested TaskGroups: failures gathered into nested ExceptionGroups, taken apart by except*,
# split and subgroup.
import asyncio


async def fail(kind, message, ticks=1):
    for _ in range(ticks):
        await asyncio.sleep(0)
    raise kind(message)


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError, "inner key"))
        tg.create_task(fail(ValueError, "inner value"))


async def outer_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(fail(TypeError, "outer type", ticks=3))


def describe(group, depth=0):
    print("  " * depth + f"{type(group).__name__}: {group}")
    for exc in getattr(group, "exceptions", ()):
        if isinstance(exc, BaseExceptionGroup):
            describe(exc, depth + 1)
        else:
            print("  " * (depth + 1) + repr(exc))


async def main():
    try:
        await outer_group()
    except ExceptionGroup as eg:
        describe(eg)
        keys = eg.subgroup(KeyError)
        describe(keys)
        values, rest = eg.split(lambda e: isinstance(e, ValueError))
        describe(values)
        describe(rest)

    try:
        await outer_group()
    except* KeyError as keys:
        print("keys:", [repr(e) for e in keys.exceptions])
    except* (ValueError, TypeError) as others:
        print("others:", others)

asyncio.run(main())
