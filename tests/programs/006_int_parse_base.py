# int() from strings with bases, and int() from floats.
print(int("42"), int("-17"), int("  12  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("zz", 36), int("10", 36))
print(int("1_000_000"), int("0_7", 8))
print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(int(1e20))
print(int(True), int(False))
print(int(), int("0"))
print(int("123456789012345678901234567890"))
for bad in ["", "abc", "1.5", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
