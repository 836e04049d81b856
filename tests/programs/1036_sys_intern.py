# sys.intern: the same object for equal text, made at run time or written in the code.
import sys

a = "".join(["inter", "ned text"])
b = "interned" + " text"[0:5]
print(a == b, a is b)
ia, ib = sys.intern(a), sys.intern(b)
print(ia == a, ia is ib, sys.intern(ia) is ia)
name = "".join(["pri", "nt"])
print(sys.intern(name) is sys.intern("print"))


class S(str):
    pass


for bad in (1, None, S("x"), b"bytes"):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.intern()
except TypeError as e:
    print(e)
