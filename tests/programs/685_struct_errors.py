# struct.error and the other exceptions struct raises, with CPython's messages.
import struct


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(struct.pack, "<b", 128)
attempt(struct.pack, "<B", -1)
attempt(struct.pack, "<h", 40000)
attempt(struct.pack, "<H", 70000)
attempt(struct.pack, "<i", 2**31)
attempt(struct.pack, "<I", 2**32)
attempt(struct.pack, "<I", -1)
attempt(struct.pack, "<l", -2**31 - 1)
attempt(struct.pack, "<q", 2**63)
attempt(struct.pack, "<Q", -1)
attempt(struct.pack, "@L", 2**64)
attempt(struct.pack, "@i", 2**40)
attempt(struct.pack, "i", 1.0)
attempt(struct.pack, "i", "1")
attempt(struct.pack, "d", "1.0")
attempt(struct.pack, "c", b"ab")
attempt(struct.pack, "c", "a")
attempt(struct.pack, "s", "text")
attempt(struct.pack, "p", 5)
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "i", 1, 2)
attempt(struct.pack, "z", 1)
attempt(struct.pack, "3", 1)
attempt(struct.pack, "i3")
attempt(struct.calcsize, 5)
attempt(struct.calcsize, "999999999999999999999i")
attempt(struct.calcsize, "1000000000q2s")
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "<i", "abcd")
attempt(struct.unpack, "<h", b"abc")
attempt(struct.Struct, 3.5)
attempt(struct.pack)
print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
try:
    struct.pack("B", 256)
except struct.error as e:
    print("caught", repr(e))
