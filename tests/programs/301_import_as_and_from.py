# `import m as n`, `from m import a, b as c`, and names bound by each form.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

import greet as g
from greet import hello, VALUE as V
from greet import _hidden

print(g.__name__, V, hello("from"), _hidden)
print("greet" in dir(), "g" in dir(), "hello" in dir())
g.VALUE = 100
print(g.counter(), V)
from greet import VALUE
print(VALUE)
from notpkg import X
print(X)
