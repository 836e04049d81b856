# Identity with `is` (only where CPython guarantees behaviour).
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a, c)
print(None is None, True is True, False is not True)
t = ()
u = t
print(t is u, type(t) is tuple)
def f():
    return None
print(f() is None)
x = "hello"
y = x
print(x is y)
print(id(a) == id(b), id(a) == id(c))
d = {}
e = d
e["k"] = 1
print(d, d is e)
print(type(1) is int, type(True) is bool, type(True) is int)
