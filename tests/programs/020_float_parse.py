# float() from strings and other values.
for s in ["1", "1.5", "-2.25", ".5", "5.", "1e3", "1E-3", "  7.0  ", "+3", "inf", "-Infinity", "1_0.5"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "--1", "1 2"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(float(), float(True), float(-7))
print(float("0.1") + float("0.2"))
print(float("123456789012345678901234567890"))
