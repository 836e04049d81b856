# bytes literals, indexing gives int, len, repr, decode.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], type(b), type(b[0]))
print(list(b), b[::-1], b + b" world", b * 2)
print(b"\x00\x01\xff", b"tab\t", b"quote'", b'dq"', b"both'\"")
print(bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"), bytes(b"copy"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
print(b"ell" in b, 104 in b, b.find(b"l"), b.count(b"l"), b.upper(), b.split(b"l"))
print(b.startswith(b"he"), b.replace(b"l", b"L"), b"a,b".split(b","))
print(b"abc" < b"abd", b"abc" == b"abc", b"" == bytes())
print(b.hex(), bytes.fromhex("414243"))
for byte in b"AZ":
    print(byte)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(repr(b"\n\r\\"), b"x".join([b"a", b"b"]))
print(b"abc" == "abc")
