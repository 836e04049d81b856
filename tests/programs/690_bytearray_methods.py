# The bytes methods on bytearray return bytearrays where bytes return bytes.
b = bytearray(b"  Hello, World  ")
print(b.strip(), b.lower(), b.upper(), b.replace(b"l", b"L"))
print(b.split(), b.strip().split(b", "), b.find(b"World"), b.count(b"l"), b.index(b"H"))
print(b.startswith(b"  H"), b.endswith(bytearray(b"  ")), b.strip().decode(), b.hex())
print(bytearray(b"-").join([b"a", bytearray(b"b"), b"c"]), b"+".join([bytearray(b"x"), b"y"]))
print(bytearray(b"a,b,,c").split(b","), bytearray(b"abc").partition(b"b"))
print(bytearray(b"abc").center(7, b"*"), bytearray(b"42").zfill(5), bytearray(b"hello world").title())
print(bytearray(b"abc").isalpha(), bytearray(b"123").isdigit(), bytearray(b"").isalpha())
print(int.from_bytes(bytearray(b"\x00\x01"), "big"), bytes.fromhex("ff00") + bytearray(b"!"))
print(b"".join(x for x in [b"gen", b"erator"]), b"/".join(bytearray([c]) for c in b"abc"))
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print(e)
