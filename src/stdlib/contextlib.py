"""Utilities for with-statement contexts: the context managers made from generators
(`contextmanager`, `asynccontextmanager`), the exit stacks, and the small ready-made ones."""

import abc
import sys
from collections import deque
from functools import wraps
from types import GenericAlias

import _collections_abc

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


class AbstractContextManager(abc.ABC):
    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _collections_abc._check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _collections_abc._check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator:
    """A context manager that can also decorate a function (run it inside itself)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    # A generator runs once, so a decorated function makes a new one per call.
    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # Suppressed unless it is the StopIteration raised in the body.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration from the body that the generator turned into a RuntimeError.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A list, so that the same object may be entered again while in use.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Change the current directory for the block, and back to the one before it after."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


def _protocol_error(cls, kind):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the {kind}"
                     "context manager protocol")


class _BaseExitStack:
    """The callbacks an exit stack runs at its end, last pushed first: `(is_sync, callback)`
    pairs, each callback taking the exception's `(type, value, traceback)`."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        # `__exit__` is looked up on the type, as the with statement does.
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise _protocol_error(cls, "") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit, is_sync=True):
        def _exit_wrapper(*exc_details):
            return cm_exit(cm, *exc_details)
        self._push_exit_callback(_exit_wrapper, is_sync)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class _Unwinding:
    """An exit stack's unwinding: the exception passed from one callback to the next (and its
    `__context__` chain) as nested with statements would pass it on."""

    def __init__(self, exc_details):
        self.received = exc_details[0] is not None
        self.details = exc_details
        self.frame_exc = sys.exc_info()[1]
        self.suppressed = False
        self.pending = False

    def returned(self, result):
        if result:
            self.suppressed = True
            self.pending = False
            self.details = (None, None, None)

    # Called in the `except` clause around a callback that raised.
    def raised(self):
        new_details = sys.exc_info()
        new_exc, old_exc = new_details[1], self.details[1]
        # The exception's context should be the one the previous callbacks left: find the end
        # of its chain (the exception the frame was handling) and point it there.
        while True:
            exc_context = new_exc.__context__
            if exc_context is None or exc_context is old_exc:
                break
            if exc_context is self.frame_exc:
                new_exc.__context__ = old_exc
                break
            new_exc = exc_context
        self.pending = True
        self.details = new_details

    def finish(self):
        if self.pending:
            # (A bare raise would replace the context set up above.)
            fixed_ctx = self.details[1].__context__
            try:
                raise self.details[1]
            except BaseException:
                self.details[1].__context__ = fixed_ctx
                raise
        return self.received and self.suppressed


class ExitStack(_BaseExitStack, AbstractContextManager):
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                unwinding.returned(cb(*unwinding.details))
            except BaseException:
                unwinding.raised()
        return unwinding.finish()

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__aenter__
            _exit = cls.__aexit__
        except AttributeError:
            raise _protocol_error(cls, "asynchronous ") from None
        result = await _enter(cm)
        self._push_cm_exit(cm, _exit, False)
        return result

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._push_exit_callback(exit, False)
        else:
            self._push_cm_exit(exit, exit_method, False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                result = cb(*unwinding.details) if is_sync else await cb(*unwinding.details)
                unwinding.returned(result)
            except BaseException:
                unwinding.raised()
        return unwinding.finish()
