class V:
    __slots__ = ("x",)
class W(V):
    pass
class D:
    __slots__ = ("x", "__dict__")
v = V()
print(hasattr(v, "__dict__"), hasattr(W(), "__dict__"), hasattr(D(), "__dict__"))
try:
    v.__dict__
except AttributeError as e:
    print(e)
w = W(); w.y = 1; print(w.__dict__)
