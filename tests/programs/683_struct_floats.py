# Floats in struct: e (half), f (single), d (double), rounding, specials and overflow.
import struct
import math

for value in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 1e-8, 65504.0, 3.4e38, 1e-40, math.pi, float("inf"),
              float("-inf")]:
    print(repr(value), struct.pack("<d", value).hex(), struct.pack("<f", value).hex(),
          struct.unpack("<f", struct.pack("<f", value))[0])
for value in [0.0, 1.0, -1.5, 0.1, 65504.0, 65519.0, 6e-8, 3e-8, 2.9802322387695312e-08, 1 / 3, 1e-5]:
    data = struct.pack("<e", value)
    print(repr(value), data.hex(), struct.unpack("<e", data)[0])
print(struct.pack(">d", 1.0).hex(), struct.pack(">f", -2.0).hex(), struct.pack(">e", 0.5).hex())
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"))
for code in "efd":
    nan = struct.unpack("<" + code, struct.pack("<" + code, float("nan")))[0]
    print(code, math.isnan(nan), struct.pack("<" + code, float("nan")).hex())
for code, value in [("e", 65520.0), ("e", 1e6), ("f", 1e39), ("f", 3.4028235677973366e+38)]:
    try:
        struct.pack(code, value)
    except OverflowError as e:
        print(code, value, "->", e)
print(struct.pack("<f", 1e308 * 10).hex())
print(struct.pack("<d", 3), struct.pack("<f", True))
print(struct.unpack("<f", struct.pack("<f", 16777217.0)))
