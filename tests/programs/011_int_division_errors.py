# Division by zero for ints is caught and reported.
for op in ["div", "floordiv", "mod", "divmod", "pow"]:
    try:
        if op == "div":
            1 / 0
        elif op == "floordiv":
            1 // 0
        elif op == "mod":
            1 % 0
        elif op == "divmod":
            divmod(1, 0)
        else:
            pow(0, -1)
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
