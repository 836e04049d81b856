# __del__ runs when an instance is freed, right after the statement that freed it (del, a
# rebinding, a return, a list emptied, an attribute or dict item replaced), once even if it
# keeps the object alive, for a __del__ added to the class later too, and for the names
# left at exit in CPython's order.
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = A(1)
del a
print("after del")
b = A(2)
b = None
print("after rebind")
def f():
    x = A(3)
    print("in f")
f()
print("after f")
lst = [A(4), A(5)]
lst.pop()
print("after pop")
lst.clear()
print("after clear")
class B(A):
    pass
B(6)
print("after temp")
saved = []
class R:
    def __del__(self):
        print("resurrect")
        saved.append(self)
R()
print("saved", len(saved))
saved.clear()
print("cleared")
class Late:
    pass
Late.__del__ = lambda self: print("late del")
Late()
print("after late")
obj = A(7)
obj.child = A(8)
del obj
print("after nested")
d = {"k": A(9)}
d["k"] = 0
print("after dict store")
class Holder: pass
h = Holder()
h.x = A(10)
h.x = None
print("after attr store")
g1 = A("g1")
_g2 = A("_g2")
g3 = A("g3")
print("end")
print(repr(A.__del__).startswith("<function A.__del__ at 0x"))
