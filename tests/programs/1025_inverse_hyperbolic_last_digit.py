# math.acosh, math.asinh and math.atanh round as the C library under CPython does, to the
# last digit of the repr.
import math

for x in (1.0, 1.0000001, 1.2, 1.5, 2.0, 3.7, 13.0, 100.5, 1e10, 1e300):
    print("acosh", x, repr(math.acosh(x)))
for x in (-7.5, -0.7, 0.0, 1e-9, 0.3, 1.9, 2.0, 3.3, 13.0, 1e10):
    print("asinh", x, repr(math.asinh(x)))
for x in (-0.7, -0.2, 0.0, 1e-9, 0.1, 0.45, 0.49999, 0.5, 0.999):
    print("atanh", x, repr(math.atanh(x)))
for bad in (0.5, -1.0, 1.0):
    try:
        print(math.acosh(bad) if bad == 0.5 else math.atanh(bad))
    except ValueError as e:
        print("ValueError", e)
