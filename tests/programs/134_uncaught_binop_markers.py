# Ends with an uncaught exception: ZeroDivisionError in a binary operation among others
# (traceback marks the failing operation).
a = 10
b = 5
c = 0
print(a / b)
print(a * 2 + b // 2 - 1)
print(a % 3, b ** 2, -a // 3)
c = c * b
result = a * 2 + b / c - 1
print(result)
