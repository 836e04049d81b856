# round() on floats: banker's rounding and ndigits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6]:
    print(v, round(v))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1))
print(round(1234.5678, -2), round(-1234.5678, 1))
print(round(0.5, 0), round(1.5, 0), round(2.5, 0))
print(type(round(2.5, 0)).__name__, type(round(2.5)).__name__)
print(round(1e20), round(-0.4))
print(round(5.5), round(6.5), round(7.5))
print(round(123.456, 10))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
