# Ends with an uncaught exception: a bare `raise` re-raises after logging.
def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        print("logging: division failed for", a, b)
        raise
print(divide(7, 2))
print(divide(-7, 2))
print(divide(7, -2))
print(divide(7, 0))
