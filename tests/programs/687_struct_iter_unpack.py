# Struct objects (format, size, methods) and iter_unpack over records.
import struct

point = struct.Struct("<hh")
print(point.format, point.size)
data = b"".join(point.pack(x, -x) for x in range(4))
print(data)
print(list(point.iter_unpack(data)))
print(list(struct.iter_unpack("<B", b"\x01\x02\x03")))
it = struct.iter_unpack("<H", b"\x01\x00\x02\x00")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
for bad in [lambda: struct.iter_unpack("<hh", b"12345"), lambda: struct.iter_unpack("", b"")]:
    try:
        bad()
    except struct.error as e:
        print(e)
print(struct.Struct(b"<i").format, struct.Struct("=q").unpack(struct.Struct("=q").pack(-5)))
header = struct.Struct(">4sHI")
packed = header.pack(b"PYGL", 3, 1024)
print(packed, header.unpack(packed), header.unpack_from(b"xx" + packed, 2))
print(struct.calcsize(header.format) == header.size)
