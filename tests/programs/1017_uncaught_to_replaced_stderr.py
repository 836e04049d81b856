"""An uncaught exception is reported to whatever sys.stderr is at the end: here a StringIO,
whose contents an exit handler shows (after the report was written, as CPython runs them).
atexit: handlers run last registered first, with their arguments; unregister removes one."""

import atexit
import contextlib
import io
import sys

with contextlib.redirect_stderr(io.StringIO()) as early:
    print("inside", file=sys.stderr)
print("restored:", sys.stderr is sys.__stderr__, repr(early.getvalue()))

captured = io.StringIO()


def show():
    lines = captured.getvalue().splitlines()
    print(len(lines), "lines captured; first:", lines[0])
    print("last:", lines[-1])


atexit.register(print, "registered first,", "runs last", sep=" ")
atexit.register(print, "never printed")
atexit.unregister(print)
atexit.register(print, "registered first,", "runs last")
atexit.register(show)
sys.stderr = captured


def divide(a, b):
    return a / b


print("before")
divide(1, 0)
