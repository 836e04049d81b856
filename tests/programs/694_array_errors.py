# array item conversion errors: OverflowError and TypeError as CPython words them.
from array import array

values = [2**64, 2**63, 2**32, 70000, 300, -1, -40000, -2**63 - 1, 1.5, "x", None]
for code in "bBhHiIlLqQ":
    for value in values:
        try:
            array(code, [value])
        except (OverflowError, TypeError) as e:
            print(code, repr(value), type(e).__name__ + ":", e)
for code in "fdu":
    for value in [1, "x", "xy", None, 10**400]:
        try:
            print(code, repr(value), array(code, [value]))
        except (OverflowError, TypeError) as e:
            print(code, repr(value), type(e).__name__ + ":", e)
a = array("i", [1, 2, 3])
for bad in [lambda: a.append(2**40), lambda: a.__setitem__(0, "x"), lambda: a.__setitem__(9, 1), lambda: a[9],
            lambda: a.pop(9), lambda: array("i").pop(), lambda: a.remove(9), lambda: a.index(9),
            lambda: a.tounicode(), lambda: a.fromunicode("x"), lambda: a.fromlist((1,)), lambda: a.fromlist([1, "x"]),
            lambda: a.extend(array("d")), lambda: a.extend(5), lambda: a["x"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(a)
