# chr() and ord().
print(ord("A"), ord("z"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(122), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512))
print("".join([chr(c) for c in [72, 105]]))
print([ord(c) - ord("a") for c in "hello"])
print(chr(ord("a") + 1), chr(0x41), chr(0x10FFFF) == "\U0010ffff")
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
print(ord(b"a"), ord(b"\xff"))
