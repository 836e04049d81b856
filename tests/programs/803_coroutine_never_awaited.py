# A coroutine freed before it was awaited draws CPython's RuntimeWarning on stderr, naming the
# line where it was freed, once per line and coroutine.
import asyncio


async def fetch():
    return 1


async def store():
    return 2


class Client:
    async def close(self):
        return None


def forget():
    fetch()
    print("forgot inside a function")


forget()
forget()
for _ in range(3):
    store()
print("after the loop")
pending = fetch()
pending = None
print("rebound")
later = store()
del later
print("deleted")
Client().close()
both = [fetch(), store()]
both = None
print("list freed")

# Awaited, started or closed coroutines draw no warning.
started = fetch()
try:
    started.send(None)
except StopIteration as stop:
    print("returned", stop.value)
closed = store()
closed.close()


async def main():
    store()
    print("inside main:", await fetch())


asyncio.run(main())
left_over = fetch()
also_left = store()
print("end of module")
