# The byte-order prefixes of struct formats and the native/standard sizes.
import struct
import sys

value = 0x01020304
for prefix in "@=<>!":
    print(repr(prefix), struct.pack(prefix + "I", value).hex(), struct.calcsize(prefix + "l"))
print(sys.byteorder)
print(struct.pack("@I", value) == value.to_bytes(4, sys.byteorder))
for prefix in "<>":
    data = struct.pack(prefix + "hiq", -2, -3, -4)
    print(prefix, data.hex(), struct.unpack(prefix + "hiq", data))
print(struct.pack("!H", 0x1234) == struct.pack(">H", 0x1234))
print(struct.unpack("<I", struct.pack(">I", 1)))
print(struct.calcsize("@P"), struct.calcsize("@n"), struct.calcsize("@N"))
for fmt in ["<n", ">N", "=P"]:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(fmt, "->", e)
