# struct.pack / unpack of the integer and bool formats, with repeat counts.
import struct

print(struct.pack("i", 1))
print(struct.pack("<hHb", -2, 65535, -128))
print(struct.pack(">iIq", -1, 4000000000, 2**62))
print(struct.pack("3B", 1, 2, 3))
print(struct.pack("?", 0), struct.pack("?", "x"), struct.pack("??", [], [0]))
print(struct.unpack("<hHb", b"\xfe\xff\xff\xff\x80"))
print(struct.unpack(">Q", b"\xff" * 8))
print(struct.unpack("<q", b"\x00" * 7 + b"\x80"))
print(struct.unpack("4?", b"\x00\x01\x02\xff"))
print(struct.unpack("<2h3x", b"\x01\x00\x02\x00abc"))
for code in "bBhHiIlLqQnN":
    size = struct.calcsize(code)
    value = 2 ** (8 * size - 1) - 1
    data = struct.pack(code, value)
    print(code, size, len(data), struct.unpack(code, data)[0] == value)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(struct.pack("<i", Index(7)), struct.pack("<?", Index(0)))
print(struct.pack("<i", True))
