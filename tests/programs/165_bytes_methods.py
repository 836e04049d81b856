# More bytes operations.
data = b"key1=val1;key2=val2;key3="
pairs = [p.split(b"=") for p in data.split(b";")]
print(pairs)
print({k.decode(): v.decode() for k, v in pairs})
b = bytes(range(65, 75))
print(b, b[2:5], b[-1], b[::3], len(b))
print(b.lower(), b"  pad ".strip(), b"abc".center(7, b"*"), b"x,y".partition(b","))
print(b"hello world".title(), b"ABC".isupper(), b"123".isdigit(), b"a b".isalpha())
print(b"%d-%s" % (5, b"x"), b"%05.1f" % 3.14159)
print(b"abc" + bytes([100]), b"ab" * 3, bytes("∑", "utf-8"), len("∑".encode()))
print(sum(b"\x01\x02\x03"), max(b"az"), sorted(b"cab"), list(reversed(b"ab")))
print(b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(b"\x7f\x80".hex(), bytes.fromhex("00 ff 10"))
print(b"abc".startswith(b"a"), b"abc".endswith((b"c", b"z")), b"abcabc".rfind(b"b"), b"abc".index(b"c"))
print(int.from_bytes(b"\x12\x34", "big"), (4660).to_bytes(2, "little"))
