# Native alignment: padding before an item aligns it to its size with '@' only.
import struct

formats = ["c", "ci", "ic", "cq", "bhd", "@bhd", "=bhd", "<bhd", "hd2b?0l", "b0i", "bl", "cxi", "3s i",
           "x", "5x", "0s", "10p", "e", "ce", "cf", "cd", "ii ", "  i  i"]
for fmt in formats:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("ci", b"*", 7))
print(struct.pack("<ci", b"*", 7))
print(struct.unpack("ci", b"*\x00\x00\x00\x07\x00\x00\x00"))
print(struct.pack("b0i", 1), struct.pack("bi0q", 1, 2))
