# NameError and UnboundLocalError messages.
try:
    print(nothere)
except NameError as e:
    print(e)
try:
    prnt("typo")
except NameError as e:
    print(e)
def f():
    print(local_later)
    local_later = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    def inner():
        return free_var
    try:
        return inner()
    except NameError as e:
        return "inner: " + str(e)
    free_var = 1
print(g())
try:
    del never_defined
except NameError as e:
    print(e)
x = 1
del x
try:
    x
except NameError as e:
    print(e, isinstance(e, UnboundLocalError))
