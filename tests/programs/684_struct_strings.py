# The s (fixed-size bytes), p (Pascal string) and c (char) formats.
import struct

print(struct.pack("5s", b"abc"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"xyz"))
print(struct.pack("s", b"hello"), struct.pack("3s", bytearray(b"hi")))
print(struct.unpack("5s", b"ab\x00\x00\x00"))
print(struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"abc"))
print(struct.unpack("5p", b"\x03abc\x00"), struct.unpack("3p", b"\x09ab"))
print(len(struct.pack("300p", b"x" * 400)), struct.pack("300p", b"x" * 400)[0])
print(struct.pack("c", b"A"), struct.pack("3c", b"a", b"b", b"c"), struct.unpack("2c", b"xy"))
print(struct.pack("<4sI", b"RIFF", 36), struct.unpack("<4sI", b"RIFF$\x00\x00\x00"))
name, age, height = struct.unpack("<10sHf", struct.pack("<10sHf", b"Ada", 36, 1.5))
print(name.rstrip(b"\x00").decode(), age, height)
