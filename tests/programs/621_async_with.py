# async with: __aenter__/__aexit__, exceptions, suppression, early exits.

class Step:
    def __await__(self):
        yield "step"


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Step()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Step()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


def run(coro):
    """Drive a coroutine to the end, counting the values it yields."""
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as stop:
        return stop.value, steps


async def basic():
    async with Resource("a") as value:
        print("body", value)
    return "ok"

print(run(basic()))


async def nested():
    async with Resource("outer") as o, Resource("inner") as i:
        print("both", o, i)
    return "nested"

print(run(nested()))


async def suppressed():
    async with Resource("s", suppress=True):
        raise ValueError("hidden")
    return "after suppression"

print(run(suppressed()))


async def propagates():
    try:
        async with Resource("p"):
            raise KeyError("shown")
    except KeyError as e:
        return f"caught {e!r}"

print(run(propagates()))


async def returns_early():
    for i in range(3):
        async with Resource(f"r{i}"):
            if i == 1:
                return i
    return None

print(run(returns_early()))


async def breaks_loop():
    out = []
    for i in range(5):
        async with Resource(f"b{i}"):
            if i == 2:
                break
            if i == 0:
                continue
            out.append(i)
    return out

print(run(breaks_loop()))


class NotAsync:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class BadEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *args):
        return 1


class OnlyEnter:
    async def __aenter__(self):
        return 1


async def use(manager):
    async with manager:
        pass

for manager in [NotAsync(), BadEnter(), OnlyEnter(), 5]:
    try:
        run(use(manager))
    except TypeError as e:
        print("TypeError:", e)
