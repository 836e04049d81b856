# array <-> bytes: tobytes, frombytes, byteswap, and struct reading an array.
from array import array
import struct

a = array("h", [1, -1, 256])
print(a.tobytes(), a.tobytes().hex())
b = array("h")
b.frombytes(a.tobytes())
print(b, b == a)
for code in "bBhHiIlLqQfd":
    x = array(code, [1, 2])
    data = x.tobytes()
    print(code, len(data), data == struct.pack("<2" + code, 1, 2))
d = array("d", [1.5, -0.25])
print(d.tobytes().hex(), array("d", d.tobytes()))
f = array("f", [0.1, 1e40, -1e40])
print(f, f.tobytes().hex())
s = array("i", [1, 0x01020304])
s.byteswap()
print(s)
s.byteswap()
print(s)
u = array("u", "hi")
print(u.tobytes(), array("u", u.tobytes()))
print(struct.unpack_from("<hh", array("h", [7, 8])), struct.unpack("<i", array("i", [9])))
buf = array("b", [0] * 4)
struct.pack_into("<h", buf, 1, 0x0102)
print(buf)
try:
    array("i").frombytes(b"abc")
except ValueError as e:
    print(e)
