# sys.tracebacklimit and the limit argument of the traceback module: the traceback module
# keeps the first frames (the last with a negative limit), the interpreter's own report of
# an uncaught exception keeps the last ones; with no frame left, no header either.
import io
import sys
import traceback


def level0():
    raise ValueError("deep")


def level1():
    level0()


def level2():
    level1()


def report(**options):
    try:
        level2()
    except ValueError as e:
        out = io.StringIO()
        traceback.print_exception(e, file=out, **options)
        for line in out.getvalue().splitlines():
            print(line.replace(__file__, "<file>"))
    print("--")


report()
report(limit=1)
report(limit=-1)
report(limit=0)
sys.tracebacklimit = 2
report()
sys.tracebacklimit = 0
report()
sys.tracebacklimit = -5
report()
sys.tracebacklimit = 1
level2()
