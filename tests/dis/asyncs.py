async def fetch(x):
    return await x


async def stream(n):
    for i in range(n):
        yield await fetch(i)


async def main(lock, source):
    async with lock as held:
        async for item in source:
            print(held, item)
    return [x async for x in stream(3)]


def groups():
    try:
        pass
    except* ValueError as e:
        print(e)
