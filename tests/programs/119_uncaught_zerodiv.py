# Ends with an uncaught exception: ZeroDivisionError raised inside nested calls.
def ratio(a, b):
    return a / b
def summary(values):
    total = sum(values)
    return ratio(total, len(values) - len(values))
print("computing")
print(ratio(6, 3))
print(summary([1, 2, 3]))
print("not reached")
