# divmod, pow, round, abs as builtins on mixed types.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2), divmod(True, 2))
print(pow(2, 8), pow(2.0, 3), pow(4, 0.5), pow(2, -2))
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(5, -2, 13))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7, -1), round(0.1 + 0.2, 10))
print(abs(-7), abs(-7.25), abs(True), abs(-(2 ** 100)))
try:
    divmod("a", 2)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 4.0)
except TypeError as e:
    print("TypeError:", e)
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
print(round(1.23456789, 4), round(-1.5), round(1e15 + 0.5))
