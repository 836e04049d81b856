# The `as` name is deleted at the end of the except block.
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
saved = None
try:
    [][0]
except IndexError as exc:
    saved = exc
print("saved:", repr(saved))
def f():
    try:
        raise KeyError("k")
    except KeyError as local_e:
        pass
    try:
        return local_e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
