# Float division by zero raises, with CPython's messages.
cases = [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, 0.0), (-1.5, -0.0)]
for a, b in cases:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("div", repr(a), repr(b), e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("floordiv", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("mod", e)
try:
    divmod(2.0, 0.0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("pow", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e.args[1] if len(e.args) > 1 else e)
