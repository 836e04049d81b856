# async for over objects with __aiter__/__anext__, else clauses, break and continue.

class Tick:
    def __await__(self):
        yield "tick"


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as stop:
        return stop.value, ticks


async def collect(n):
    out = []
    async for x in Countdown(n):
        out.append(x)
    else:
        out.append("else")
    return out

print(run(collect(3)))
print(run(collect(0)))


async def with_break():
    out = []
    async for x in Countdown(10):
        if x % 2:
            continue
        if x < 5:
            break
        out.append(x)
    else:
        out.append("not reached")
    return out

print(run(with_break()))


async def nested():
    pairs = []
    async for a in Countdown(2):
        async for b in Countdown(2):
            pairs.append((a, b))
    return pairs

print(run(nested()))


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("broken iterator")


async def failing():
    try:
        async for x in Failing():
            print("never", x)
    except ValueError as e:
        return f"caught {e}"

print(run(failing()))


class NoAiter:
    pass


class BadAiter:
    def __aiter__(self):
        return 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


async def loop_over(obj):
    async for x in obj:
        pass

for obj in [NoAiter(), BadAiter(), BadAnext(), [1, 2]]:
    try:
        run(loop_over(obj))
    except TypeError as e:
        print("TypeError:", e)
