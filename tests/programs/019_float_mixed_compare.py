# Comparing and mixing ints with floats.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(0.5 < 1, -1 < -0.5, 3 >= 3.0)
print(sorted([3, 1.5, 2, 0.5, -1, -1.5]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(1 + 1.0, type(1 + 1.0).__name__, type(1 * 1).__name__)
print(True + 0.5, False * 2.5)
print(7 // 2.0, 7 % 2.0, -7 // 2.0)
print(float(2 ** 1000) > 0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 1024 // 2 ** 1023)
print(10 / 4, 10 // 4, -10 / 4, -10 // 4)
print(hash(1) == hash(1.0), hash(0) == hash(-0.0))
