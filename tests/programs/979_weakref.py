# weakref: references with callbacks, the weak mappings and set, finalize, proxy and
# WeakMethod; what cannot be weakly referenced; callbacks right after the freeing statement.
import weakref, sys
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r = weakref.ref(a)
print(r() is a, r() , type(r).__name__, weakref.getweakrefcount(a))
def gone(ref):
    print("callback, dead:", ref() is None)
r2 = weakref.ref(a, gone)
print(r == r2, hash(r) == hash(a))
del a
print("after del", r(), r2())
try:
    weakref.ref(5)
except TypeError as e:
    print(e)
try:
    weakref.ref([1])
except TypeError as e:
    print(e)
d = weakref.WeakValueDictionary()
x, y = A(2), A(3)
d["x"] = x; d["y"] = y
print(len(d), sorted(d.keys()), d["x"])
del x
print(len(d), list(d.keys()), "x" in d, d.get("x", "none"))
k = weakref.WeakKeyDictionary()
kk = A(4)
k[kk] = "v"
print(len(k), k[kk], list(k.values()))
del kk
print(len(k))
s = weakref.WeakSet()
m1, m2 = A(5), A(6)
s.add(m1); s.add(m2)
print(len(s), m1 in s)
del m1
print(len(s), list(s))
def cleanup(name):
    print("finalized", name)
o = A(7)
f = weakref.finalize(o, cleanup, "o")
print(f.alive)
del o
print(f.alive)
o2 = A(8)
f2 = weakref.finalize(o2, cleanup, "o2")
f2()
print(f2.alive)
del o2
p = weakref.proxy(y)
print(p.n, p)
del y
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
class B:
    def m(self): return "m"
b = B()
wm = weakref.WeakMethod(b.m)
print(wm()())
del b
print(wm())
def func(): pass
fr = weakref.ref(func)
print(fr() is func)
print(repr(weakref.ref(A)).startswith("<weakref at 0x"))
