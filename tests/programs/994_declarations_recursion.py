# The symbol table's SyntaxErrors for global and nonlocal declarations, a keyword argument
# given twice, unary operators on subclasses of int, a callable instance whose __call__ is
# itself (RecursionError, not a crash), in-place repetition by an __index__ object.
from operator import imul

sources = [
    "b = 2\nglobal b\n",
    "nonlocal c\n",
    "def f():\n    def x():\n        nonlocal c\nc = 2\n",
    "def a():\n    nonlocal a\n",
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f(a):\n    def g():\n        nonlocal a\n        global a\n",
    "class C:\n    nonlocal q\n",
    "def f():\n    x: int = 1\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    y = 0\n    def g():\n        nonlocal y\n        y: int = 1\n",
    "f(n=1, n=2)\n",
    "print(1, sep='', end='', sep='-')\n",
]
for source in sources:
    try:
        compile(source, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, column {e.offset})")


def outer(x):
    def inner():
        nonlocal x
        x += 1
    inner()
    return x


counter = 0


def bump():
    global counter
    global counter
    counter += 1


bump()
print(outer(1), counter)


class I(int):
    def __neg__(self):
        return "I.neg"


print(-I(3), +I(3), ~I(3), abs(I(-3)), type(+I(3)).__name__)


class F(float):
    pass


print(-F(1.5), +F(2.5), type(-F(1.5)).__name__)


class Caller:
    pass


caller = Caller()
Caller.__call__ = caller
try:
    caller()
except RecursionError as e:
    print("RecursionError:", e)


class RepeatIndex:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


print(RepeatIndex(2) * [1], [1] * RepeatIndex(3), imul([2], RepeatIndex(2)))
try:
    imul(RepeatIndex(2), [1])
except TypeError as e:
    print("TypeError:", e)
