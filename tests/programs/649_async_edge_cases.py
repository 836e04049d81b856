# Edge cases of async generators and coroutines: non-None first asend, two pending
# __anext__() steps, non-awaitables, reusing an awaited coroutine, asyncio.run of a non-coroutine.
import asyncio
async def ag():
    yield 1
async def co():
    return 1
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def t1():
    g = ag()
    try:
        await g.asend(5)
    except TypeError as e:
        print("TypeError:", e)
async def t2():
    g = ag()
    a = g.__anext__()
    b = g.__anext__()
    print(await a)
    try:
        print(await b)
    except StopAsyncIteration:
        print("b exhausted")
async def t3():
    try:
        [x async for x in 5]
    except TypeError as e:
        print("TypeError:", e)
    try:
        await co
    except TypeError as e:
        print("TypeError:", e)
async def t4():
    c = co()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
for t in (t1, t2, t3, t4):
    drive(t())
try:
    asyncio.run(ag())
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
print(type(co).__name__, asyncio.iscoroutinefunction(co), asyncio.iscoroutinefunction(ag))
g = ag()
print(g.ag_running, g.ag_await, g.ag_code.co_name)
try:
    g.send
except AttributeError as e:
    print("AttributeError:", e)
async def gen_ret():
    yield 1
    return
print(drive(t2()))
