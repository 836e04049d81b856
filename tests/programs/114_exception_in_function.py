# Exceptions propagate through calls; handlers at different levels.
def level3(x):
    return 10 / x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except TypeError:
        return "level1 handled TypeError"
print(level1(5))
print(level1("a"))
try:
    level1(0)
except ZeroDivisionError as e:
    print("top level handled:", e)
def cleanup_chain(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        cleanup_chain(n - 1)
    finally:
        print("cleanup", n)
try:
    cleanup_chain(3)
except ValueError as e:
    print("caught", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, b) for b in [1, 2, 0, 4]])
