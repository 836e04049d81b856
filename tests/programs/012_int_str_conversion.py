# str/repr of ints and numeric conversions.
print(str(0), str(-0), str(123), repr(-456))
print(str(10 ** 30), repr(-(10 ** 30)))
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
s = 0
for ch in str(2 ** 1000):
    s += int(ch)
print(s)
print(float(10), float(-3), float(2 ** 60))
print(int("-0"), str(int("-0")))
print(int(" \t 42\n"))
print(bool(0), bool(7), bool(-1))
