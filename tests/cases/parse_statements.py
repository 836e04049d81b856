import os
import os.path as p, sys
from . import a
from ..b.c import (d as e, f,)
from ... import g
from x import *
global gx
@decorator
@decorator.with_args(1, k=2)
class C(Base, metaclass=Meta):
    """Docstring."""
    attr: int = 1
    other: "str"
    (paren): int

    async def method(self, a, b=1, *args, c, d=2, **kwargs) -> None:
        nonlocal_name = 1
        async for i in aiter():
            await something()
        async with lock as l, other:
            pass
        return [i async for i in it]

def gen():
    x = yield
    y = yield 1
    yield from range(3)
    return

for i, (j, k) in enumerate(pairs):
    if i: continue
    elif j: break
    else: pass
else:
    done = True
while cond:
    del a[0], b.c, d
else:
    pass
try:
    raise ValueError("x") from None
except (TypeError, ValueError) as err:
    raise
except Exception:
    pass
else:
    ok = 1
finally:
    assert x, "message"
try:
    pass
except* OSError as eg:
    pass
with (open("a") as f, open("b") as g):
    pass
with (a, b):
    pass
a = b = c = 1
a, *rest = [1, 2, 3]
[x, y] = 1, 2
obj.attr[1:2, ::3] = value
x: list[int] = []
