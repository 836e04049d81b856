# format() builtin and __format__ of built-in types.
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "^7") + "|", format(42, "+"))
print(format(3.14159, ".2f"), format(3.14159, "10.1e"), format(0.5, "%"))
print(format("abc", ">6"), format("abc", "*<6"), format("abc", ".1"))
print(format(1234567, ","), format(1234567.5, ",.1f"), format(255, "#010x"))
print(format(True), format(None), format([1, 2]), format((1,)))
print(format(-0.0, ".1f"), format(1e-7, ".2g"), format(123.0, "g"))
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
try:
    format(5, "Q")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "+")
except ValueError as e:
    print("ValueError:", e)
print("{:>5}|{:<5}|".format(1, 2), (12).__format__("04"), "x".__format__("^3") + "|")
