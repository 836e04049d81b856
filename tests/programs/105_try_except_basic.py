# try/except basics with as-binding.
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, str(e), repr(e), e.args)
try:
    [][0]
except IndexError as e:
    print("caught", repr(e))
try:
    {}["k"]
except KeyError as e:
    print("caught", str(e), repr(e), e.args)
try:
    int("x")
except ValueError as e:
    print("caught", repr(e))
try:
    undefined_name
except NameError as e:
    print("caught", repr(e), e.name)
try:
    "abc".nope
except AttributeError as e:
    print("caught", repr(e))
try:
    1 + "a"
except TypeError as e:
    print("caught", repr(e))
try:
    x = 1
except Exception:
    print("not printed")
else:
    print("no exception, x =", x)
try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e), e.args, str(e) == "")
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e), repr(e))
