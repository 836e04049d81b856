# A small binary file format: a header and fixed-size records, written and read with struct.
import struct

HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<I12sdB")


def encode(rows):
    out = bytearray(HEADER.pack(b"INV1", RECORD.size, len(rows)))
    for ident, name, price, flags in rows:
        out += RECORD.pack(ident, name.encode(), price, flags)
    return bytes(out)


def checksum(data):
    total = 0
    for (word,) in struct.iter_unpack("<H", data + b"\x00" * (len(data) % 2)):
        total = (total + word) & 0xFFFF
    return total


def decode(data):
    magic, size, count = HEADER.unpack_from(data)
    if magic != b"INV1":
        raise ValueError(f"bad magic {magic!r}")
    rows = []
    for i in range(count):
        ident, name, price, flags = RECORD.unpack_from(data, HEADER.size + i * size)
        rows.append((ident, name.rstrip(b"\x00").decode(), price, flags))
    return rows


rows = [(1, "bolt", 0.25, 1), (2, "nut", 0.1, 0), (300, "washer-large", 1.75, 3), (4, "gear-box-deluxe", 19.99, 2)]
data = encode(rows)
print(len(data), HEADER.size, RECORD.size, checksum(data))
print(data[:16].hex(" "))
for row in decode(data):
    print(row)
try:
    decode(b"XXXX" + data[4:])
except ValueError as e:
    print(e)
try:
    decode(data[:-5])
except struct.error as e:
    print("truncated:", e)
