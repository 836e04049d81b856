"""Functions to call when the program ends (`register`, `unregister`), last registered first,
after the report of an uncaught exception and after the non-daemon threads have finished,
as CPython calls them. pyglass's VM runs `_shutdown()` when the main program ends."""

import sys as _sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            print(f"Exception ignored in atexit callback: {func!r}", file=_sys.stderr)
            traceback.print_exception(e)


def _shutdown():
    threading = _sys.modules.get("threading")
    if threading is not None:
        threading._shutdown()
    _run_exitfuncs()
