f(x for x in y)
x = 1, 2,
del a, b,
a[1:2, ::3]
from . import (a, b,)
(yield)
lambda x, *y, z=1, **k: 0
match x:
    case [1, *rest] | {"a": 1, **kw} if x: pass
    case Point(x=0) as p: pass
    case -1+2j: pass
