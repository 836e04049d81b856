# Ends with an uncaught exception: ZeroDivisionError in a binary operation among others
# (traceback marks the failing operation).
a = 10
b = 5
c = 0
print(a / b)
result = a * 2 + b / c - 1
print(result)
