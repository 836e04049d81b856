# globals()['x'] and locals() inside a function.
x = 10
print(globals()["x"])
globals()["y"] = 20
print(y)
print("x" in globals(), "nothere" in globals(), globals()["__name__"])
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def g():
    loc = locals()
    z = 5
    return sorted(locals())
print(g())
def h():
    return globals() is globals(), "h" in globals()
print(h())
counter = 0
def bump():
    globals()["counter"] += 1
bump()
bump()
print(counter)
print(type(globals()).__name__, type(locals()).__name__)
