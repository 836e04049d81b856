# contextlib: ExitStack, AsyncExitStack, asynccontextmanager, redirect_stdout/stderr, the
# abstract bases, ContextDecorator, suppress, nullcontext, closing and aclosing.
import asyncio
import contextlib
import io
import sys
from contextlib import (AbstractAsyncContextManager, AbstractContextManager, AsyncExitStack, ContextDecorator,
                        ExitStack, aclosing, asynccontextmanager, closing, contextmanager, nullcontext,
                        redirect_stderr, redirect_stdout, suppress)


class Resource:
    def __init__(self, name, log, fail_exit=False, swallow=False):
        self.name, self.log, self.fail_exit, self.swallow = name, log, fail_exit, swallow

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, typ, exc, tb):
        self.log.append(f"exit {self.name} {typ.__name__ if typ else None}")
        if self.fail_exit:
            raise KeyError(self.name)
        return self.swallow

    def close(self):
        self.log.append("close " + self.name)


# ExitStack: many resources, callbacks in LIFO order
log = []
with ExitStack() as stack:
    resources = [stack.enter_context(Resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback 1")

    @stack.callback
    def cleanup():
        log.append("decorated callback")

    stack.push(lambda *exc: log.append(f"pushed exit {exc[0]}"))
print(log, [r.name for r in resources])

# pop_all transfers the callbacks; close runs them
log = []
with ExitStack() as stack:
    stack.enter_context(Resource("kept", log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log, type(moved).__name__)

# an exception suppressed by one exit, replaced by another
log = []
with ExitStack() as stack:
    stack.enter_context(Resource("outer", log, swallow=True))
    stack.enter_context(Resource("inner", log, fail_exit=True))
    raise ValueError("body")
print(log)
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("first", log, fail_exit=True))
        stack.enter_context(Resource("second", log, fail_exit=True))
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, repr(e.__context__), repr(e.__context__.__context__))
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)
with ExitStack() as stack:
    stack.push(Resource("as exit", log, swallow=True))
    raise OSError
print(log[-1], isinstance(ExitStack(), AbstractContextManager))


# redirect_stdout / redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2)
    sys.stdout.write("written\n")
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__)
nested = io.StringIO()
redirect = redirect_stdout(nested)
with redirect:
    print("one")
    with redirect:
        print("two")
print(repr(nested.getvalue()))


# ContextDecorator and contextmanager as a decorator
class traced(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("finish", exc[0])
        return False


@traced()
def work(x):
    print("working", x)
    return x * 2


print(work(21), work.__name__)


@contextmanager
def tag(name):
    """A tag."""
    print(f"<{name}>")
    yield name
    print(f"</{name}>")


@tag("p")
def para():
    print("text")


para()
para()
print(tag.__name__, tag.__doc__, tag("x").__doc__)
with tag("b") as t:
    print("inside", t)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def handler():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled", e)


with handler():
    1 / 0
print("after handler")

# suppress, nullcontext, closing, abstract bases
with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
with nullcontext(5) as five, nullcontext() as none:
    print(five, none)
log = []
with closing(Resource("thing", log)) as thing:
    print(thing.name)
print(log)


class OnlyEnterExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(issubclass(OnlyEnterExit, AbstractContextManager), issubclass(int, AbstractContextManager))
print(isinstance(nullcontext(), AbstractAsyncContextManager), issubclass(ExitStack, AbstractAsyncContextManager))


class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Minimal() as m:
    print(type(m).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
print(AbstractContextManager[int], sorted(contextlib.__all__)[:5])


# async: asynccontextmanager, AsyncExitStack, aclosing, nullcontext
@asynccontextmanager
async def connection(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)


class AsyncResource:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("aenter")
        return "async-resource"

    async def __aexit__(self, *exc):
        self.log.append(f"aexit {exc[0].__name__ if exc[0] else None}")
        return True


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker closed")


async def main():
    log = []
    async with connection("db", log) as conn:
        log.append("using " + conn)
    print(log)
    log = []
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(connection(n, log)) for n in ("x", "y")]
        stack.enter_context(Resource("sync", log))
        stack.push_async_callback(asyncio.sleep, 0)

        async def async_cb(tag):
            log.append("async callback " + tag)
        stack.push_async_callback(async_cb, "t")
        stack.callback(log.append, "sync callback")
        value = await stack.enter_async_context(AsyncResource(log))
        raise ValueError("inside")
    print(names, value, log)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Resource("not async", log))
    except TypeError as e:
        print("TypeError:", e)
    async with aclosing(ticker(10)) as t:
        async for i in t:
            if i == 2:
                break
    print("after aclosing", i)
    async with nullcontext("n") as n:
        print(n)
    try:
        async with connection("boom", log):
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e, log[-1])

    @connection("deco", log)
    async def decorated():
        log.append("in decorated")
        return 7
    print(await decorated(), log[-3:])
    stack = AsyncExitStack()
    await stack.enter_async_context(connection("late", log))
    await stack.aclose()
    print(log[-1])


asyncio.run(main())
