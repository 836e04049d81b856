# sys.argv, sys.exit with different arguments, and what an uncaught exception prints.
import sys

print(len(sys.argv), sys.argv[0].endswith("788_exit_codes_and_argv.py"))


def check(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)


check(None)
check(3)
check("message")
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)


def outer(n):
    return inner(n) + 1


def inner(n):
    return {"a": 1}[n]


print("before", file=sys.stderr)
outer("b")
