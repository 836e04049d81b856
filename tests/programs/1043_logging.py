# The logging module: the last-resort handler on stderr, basicConfig to stdout, logger
# hierarchy and propagation, handler levels, formatters in the three styles, filters, exceptions.
import io
import logging
import sys

# Nothing configured: WARNING and above go to stderr as the bare message; lower levels nowhere.
quiet = logging.getLogger("app.quiet")
quiet.info("not shown")
quiet.warning("last resort %s", "warning")
quiet.error("last resort error %d%%", 50)
print(logging.getLogger() is logging.root, logging.root.handlers, quiet.getEffectiveLevel())
print(logging.getLevelName(10), logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName("nope"))
print(logging.WARN, logging.FATAL, logging.NOTSET, logging.BASIC_FORMAT)
print(repr(logging.getLogger("app")), repr(logging.root), repr(quiet))

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s|%(name)s|%(funcName)s|%(module)s|%(filename)s|%(message)s")
print(logging.root.level, len(logging.root.handlers), type(logging.root.handlers[0]).__name__)
logging.debug("module level %s and %r", "debug", "x")
logging.info("info")
logging.warning("warning %(a)s %(b)d", {"a": "mapped", "b": 3})
logging.error("error")
logging.critical("critical")
logging.log(25, "custom level 25")


def work():
    logging.getLogger("app.worker").info("inside %s line %d", "work", 7)


work()
logging.basicConfig(level=logging.ERROR)  # ignored: the root has a handler
print(logging.root.level)

# The hierarchy: children find their parents, even when the parent is made later.
child = logging.getLogger("a.b.c")
parent = logging.getLogger("a")
middle = logging.getLogger("a.b")
print(child.parent.name, middle.parent.name, parent.parent.name, logging.getLogger("a.b") is middle)
print(parent.getChild("b") is middle, logging.root.getChild("x").name, child.name)
parent.setLevel("WARNING")
print(child.getEffectiveLevel(), child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.ERROR))
child.info("filtered by a's level")
child.warning("passes through a to the root")

# A handler of its own, with a level, a formatter and propagation switched off.
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setLevel(logging.ERROR)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
middle.addHandler(h)
child.warning("to root only")
child.error("to both")
middle.propagate = False
child.critical("to the buffer only")
print(repr(buf.getvalue()))
middle.removeHandler(h)
middle.propagate = True
print(middle.handlers, middle.hasHandlers(), h.level, h.formatter._fmt)

# Formatter styles and their checks.
rec = logging.makeLogRecord({"name": "n", "levelname": "INFO", "levelno": 20, "msg": "hello %s",
                             "args": ("you",), "lineno": 3})
for fmt, style in (("{levelname}:{name}:{message}", "{"), ("$levelname/${name}/$message", "$"),
                   ("%(levelname)s %(lineno)d %(message)s", "%"), ("{message!r:>12}", "{")):
    print(logging.Formatter(fmt, style=style).format(rec))
print(logging.Formatter().format(rec), logging.Formatter("%(missing)s", defaults={"missing": "dflt"}).format(rec))
for bad in (lambda: logging.Formatter("no fields"), lambda: logging.Formatter("plain", style="{"),
            lambda: logging.Formatter("x", style="#"), lambda: logging.Formatter("%(absent)s").format(rec),
            lambda: logging.getLogger().setLevel("LOUD"), lambda: logging.getLogger().setLevel(1.5),
            lambda: logging.getLogger().log("INFO", "x"), lambda: logging.getLogger(3),
            lambda: logging.basicConfig(stream=sys.stdout, filename="x", force=True)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Filters: by name, and any callable.
flt = logging.getLogger("flt")
fh = logging.StreamHandler(sys.stdout)
fh.setFormatter(logging.Formatter("filtered %(name)s %(message)s"))
flt.addHandler(fh)
flt.propagate = False
fh.addFilter(logging.Filter("flt.keep"))
flt.warning("dropped")
logging.getLogger("flt.keep").warning("kept")
logging.getLogger("flt.keeper").warning("dropped too")
fh.filters.clear()
flt.addFilter(lambda r: "secret" not in r.getMessage())
flt.warning("a secret")
flt.warning("public")

# Exceptions: the traceback follows the message.
out = io.StringIO()
eh = logging.StreamHandler(out)
ex = logging.getLogger("ex")
ex.addHandler(eh)
ex.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    ex.exception("failed %d", 1)
    ex.error("no traceback")
    ex.error("with info", exc_info=True)
text = out.getvalue()
print(text.count("Traceback (most recent call last):"), text.splitlines()[0], text.splitlines()[-1])
print([line for line in text.splitlines() if not line.startswith(" ")])

# disable, a LoggerAdapter, extra fields, and force.
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error still passes")
logging.disable(logging.NOTSET)
adapter = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "ann"})
logging.basicConfig(stream=sys.stdout, format="%(name)s %(user)s %(message)s", force=True, level="INFO")
adapter.info("adapted")
logging.getLogger("extra").info("with extra", extra={"user": "bob"})
logging.basicConfig(stream=sys.stdout, format="{levelname} {message}", style="{", force=True)
logging.info("curly")
err = logging.StreamHandler()
err.setFormatter(logging.Formatter("%(levelname)s on stderr: %(message)s"))
logging.root.addHandler(err)
logging.warning("both streams")
logging.root.removeHandler(err)
logging.basicConfig(handlers=[logging.StreamHandler(sys.stderr)], force=True)
logging.warning("default basic format on stderr")
logging.getLogger("deep.name").error("deep")

# A file handler, basicConfig(filename=...), and timestamps checked by shape, never printed.
import os
import re
path = "/tmp/1043_logging.log"
if os.path.exists(path):
    os.remove(path)
logging.basicConfig(filename=path, filemode="w", format="%(asctime)s %(levelname)s %(message)s",
                    force=True, level=logging.INFO)
print(type(logging.root.handlers[0]).__name__, logging.root.handlers[0].baseFilename == path)
logging.info("first line")
stamp = logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y/%m/%d")
file_handler = logging.FileHandler(path)
file_handler.setFormatter(stamp)
logging.getLogger("file").addHandler(file_handler)
logging.getLogger("file").propagate = False
logging.getLogger("file").warning("second line")
logging.basicConfig(stream=sys.stdout, force=True)
file_handler.close()
with open(path) as f:
    lines = f.read().splitlines()
print(len(lines))
print(bool(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO first line", lines[0])))
print(bool(re.fullmatch(r"\d{4}/\d\d/\d\d\|second line", lines[1])))
os.remove(path)
record = logging.LogRecord("r", logging.INFO, "/x/y/mod.py", 12, "m %s", ("a",), None)
print(record.filename, record.module, record.getMessage(), record.levelname, record.lineno, record)

# Placeholders stand for ancestors not yet asked for; a logger made later adopts the children.
names = logging.Logger.manager.loggerDict
c = logging.getLogger("h.b.c")
d = logging.getLogger("h.b.d")
x = logging.getLogger("h.bx.y")
print([(k, type(names[k]).__name__) for k in names if k.startswith("h")])
h_top = logging.getLogger("h")
print(c.parent.name, d.parent.name, x.parent.name)
hb = logging.getLogger("h.b")
print(c.parent.name, d.parent.name, x.parent.name, hb.parent.name, h_top.parent.name)
e = logging.getLogger("h.b.c.e.f")
print(e.parent.name, logging.getLogger("h.b.c.e").parent.name, e.parent.name, logging.getLogger("hb").parent.name)
print([(k, type(names[k]).__name__) for k in names if k.startswith("h")])
print(logging.StreamHandler(sys.stdout), logging.StreamHandler(), logging.StreamHandler(io.StringIO()))
print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stderr.encoding)

# stack_info: the calling frames after the message (on stderr, where the path is the root's).
stacked = logging.getLogger("stacked")
stacked.addHandler(logging.StreamHandler())
stacked.propagate = False


def outer():
    inner()


def inner():
    stacked.warning("where am I", stack_info=True)


outer()
