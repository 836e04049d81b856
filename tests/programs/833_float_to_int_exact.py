# Floats past 2**127 become ints exactly (int(), round()), as the differential fuzzer
# (tools/diff_fuzz.py) found them cut to 2**127 - 1; round() checks its ndigits' type after
# the number's.
print(int(1e300) == 10**300, int(1e300) % 10**20, int(-1e40), int(2.0**200), int(-3.9))
print(round(1e300) == int(1e300), round(-2.0**130), round(2.5), round(3.5))
for case in (lambda: round((1,), {}), lambda: round(1.5, 2.0), lambda: round(7, [])):
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
