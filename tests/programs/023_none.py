# None: singleton, repr, comparisons, default return value.
x = None
print(x, repr(x), str(x), type(x))
print(x is None, x is not None, x == None, x != None)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
print(bool(None), not None)
print([None, None], (None,), {None: None})
y = print("side effect")
print(y)
print(None if True else 1, 0 if None else "none is falsy")
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
