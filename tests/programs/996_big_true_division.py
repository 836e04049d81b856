# True division of ints of any size is correctly rounded to a float (CPython's
# long_true_divide), overflowing only when the quotient is past the float range.
import random

r = random.Random(5)
pairs = [(10 ** 500, 4 * 10 ** 499 + 7 * 10 ** 497 + 3 * 10 ** 494), (10 ** 3000, 10 ** 2998 + 5 * 10 ** 2996),
         (2 ** 53 + 1, 1), (2 ** 64 + 1, 3), (-(10 ** 400), 7), (10 ** 400, -(10 ** 399)), (1, 10 ** 400),
         (2 ** 1100, 2 ** 80), (3, 2 ** 1100), (2 ** 1074, 2 ** 2148), (1, 2 ** 1075), (1, 2 ** 1074),
         (3, 2 ** 1075), (2 ** 1024 - 2 ** 970, 1), (10 ** 20, 10 ** 20 + 1), (0, 10 ** 30), (-1, 10 ** 30)]
for _ in range(200):
    a = r.getrandbits(r.randrange(1, 400)) * r.choice([1, -1])
    b = r.getrandbits(r.randrange(1, 400)) or 1
    pairs.append((a, b))
for a, b in pairs:
    print(repr(a / b))
for a, b in [(2 ** 1024, 1), (2 ** 1025, 3), (10 ** 400, 1), (1, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
