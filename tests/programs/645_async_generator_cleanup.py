# Async generators abandoned under asyncio are closed by the loop (finalizer hook), and
# their steps can be driven by hand with send/throw/close.
import asyncio
import sys
async def agen():
    try:
        yield 1
        yield 2
    except BaseException as e:
        print("agen got", repr(e))
        raise
    finally:
        print("agen finally")

async def main():
    try:
        async for v in agen():
            raise IndexError(v)
    except IndexError as e:
        print("idx", e)
    g = agen()
    async for v in g:
        print("v", v)
        break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    del g
    await asyncio.sleep(0)
    print("end of main")
asyncio.run(main())
print(sys.get_asyncgen_hooks()[1] is None)

async def plain():
    yield "a"
    yield "b"
g = plain()
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("stop with", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print(e)
step2 = g.asend(None)
try:
    step2.send(None)
except StopIteration as e:
    print("stop with", e.value)
t = g.athrow(ValueError("x"))
try:
    t.send(None)
except ValueError as e:
    print("raised", repr(e))
c = g.aclose()
try:
    c.send(None)
except StopIteration as e:
    print("closed", e.value)
s = plain().__anext__()
s.close()
try:
    s.send(None)
except RuntimeError as e:
    print(e)
