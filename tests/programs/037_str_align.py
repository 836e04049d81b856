# center/ljust/rjust/zfill/expandtabs.
for w in ["a", "ab", "abc", "abcdef"]:
    print("[" + w.center(5) + "]", "[" + w.center(5, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("x".center(4, "-"), "xy".center(5, "-"), "x".center(0))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 3), ("kiwi", 12), ("banana", 100)]
for name, n in table:
    print(name.ljust(8) + str(n).rjust(5))
