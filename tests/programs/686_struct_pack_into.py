# pack_into writes into a bytearray; unpack_from reads at an offset, with offset errors.
import struct

buf = bytearray(12)
struct.pack_into("<i", buf, 0, 1)
struct.pack_into("<h", buf, 4, -1)
struct.pack_into(">I", buf, 8, 0xDEADBEEF)
print(buf)
struct.pack_into("<b", buf, -1, 5)
print(buf.hex())
print(struct.unpack_from("<i", buf), struct.unpack_from("<h", buf, 4), struct.unpack_from(">I", buf, offset=8))
print(struct.unpack_from("<b", buf, -1), struct.unpack_from("<2h", b"\x01\x00\x02\x00\x03\x00", 2))
for call in [
    lambda: struct.pack_into("<i", buf, 10, 1),
    lambda: struct.pack_into("<i", buf, -20, 1),
    lambda: struct.pack_into("<i", buf, -2, 1),
    lambda: struct.pack_into("<i", b"abcdefgh", 0, 1),
    lambda: struct.pack_into("<i", buf, 0),
    lambda: struct.unpack_from("<i", b"abcdef", 4),
    lambda: struct.unpack_from("<i", b"abcdef", -10),
    lambda: struct.unpack_from("<i", b"abcdef", -2),
]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__ + ":", e)
s = struct.Struct("<HH")
data = bytearray(8)
for i in range(2):
    s.pack_into(data, i * s.size, i, i * 10)
print(data, [s.unpack_from(data, i * 4) for i in range(2)])
