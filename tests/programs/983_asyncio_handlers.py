# asyncio: current_task() outside a running loop, the loop's exception handler (set, got,
# called, reset to the default).
import asyncio

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)


async def worker():
    return asyncio.current_task() is not None


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    seen = []
    loop.set_exception_handler(lambda loop, context: seen.append(context["message"]))
    loop.call_exception_handler({"message": "first"})
    print(seen, loop.get_exception_handler() is not None)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.create_task(worker()))


asyncio.run(main())
