# Traceback objects: __traceback__, sys.exc_info()[2], tb_frame/tb_lineno/tb_next, the
# traceback module's extract_tb/format_tb/walk_tb/print_tb, with_traceback, stacks.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(text):
    return text.replace(HERE + os.sep, "")


def inner(x):
    y = x * 2
    return {}[y]


def middle(x):
    z = x + 1
    return inner(z)


def outer():
    return middle(1)


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is sys.exc_info()[2], tb is e.__traceback__)
    t = tb
    while t is not None:
        frame = t.tb_frame
        # (The module's frame is still running: only finished frames keep their line.)
        print(t.tb_lineno, frame.f_code.co_name, t.tb_frame.f_code.co_name == "<module>" or frame.f_lineno == t.tb_lineno,
              type(t.tb_lasti).__name__)
        t = t.tb_next
    last = tb
    while last.tb_next is not None:
        last = last.tb_next
    print(sorted(last.tb_frame.f_locals.items()))
    print(last.tb_frame.f_back.f_code.co_name)
    print([(os.path.basename(f), n, name, line) for f, n, name, line in traceback.extract_tb(tb)])
    for chunk in traceback.format_tb(tb):
        print(clean(chunk), end="")
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    summary = traceback.extract_tb(tb, limit=2)
    print(len(summary), summary[0].name, summary[-1].line)
    print([clean(s) for s in traceback.format_list(summary)])
    print(repr(summary[0]).replace(HERE + os.sep, ""))
    print(summary[0] == (summary[0].filename, summary[0].lineno, summary[0].name, summary[0].line))
    out = io.StringIO()
    traceback.print_tb(tb, limit=-1, file=out)
    print(clean(out.getvalue()), end="")

# A traceback grows as the exception leaves frames; re-raising keeps it.
def reraise():
    try:
        inner(3)
    except KeyError:
        raise

try:
    reraise()
except KeyError as e:
    print([n for _, n in traceback.walk_tb(e.__traceback__)])

# with_traceback and assigning __traceback__.
try:
    outer()
except KeyError as e:
    saved = e.__traceback__
new = ValueError("again")
print(new.__traceback__)
print(new.with_traceback(saved) is new, new.__traceback__ is not None)
print([f.f_code.co_name for f, _ in traceback.walk_tb(new.__traceback__)])
try:
    raise new
except ValueError as e:
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)])
new.__traceback__ = None
print(new.__traceback__)
for bad in (5, "tb"):
    try:
        new.with_traceback(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    new.__traceback__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del new.__traceback__
except TypeError as e:
    print("TypeError:", e)

# Outside a handler there is no traceback.
print(sys.exc_info())


# Stacks.
def show_stack():
    return [(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in traceback.extract_stack()]


def call_show():
    return show_stack()


print(call_show())
print([clean(s) for s in traceback.format_stack(limit=1)])
print([f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())])

# Deep recursion: format_tb collapses repeated lines.
def down(n):
    if n == 0:
        raise RuntimeError("bottom")
    return down(n - 1)

try:
    down(6)
except RuntimeError as e:
    print("".join(clean(s) for s in traceback.format_tb(e.__traceback__)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(len(te.stack), te.exc_type.__name__, str(te))
    print("".join(te.format_exception_only()), end="")

import linecache
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 100000)), repr(linecache.getline("/no/such/file.py", 1)))
