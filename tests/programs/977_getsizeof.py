# sys.getsizeof gives CPython 3.11's sizes for the common types; __sizeof__ answers for an
# instance; struct unpacks from a memoryview slice.
import sys
class A: pass
class B:
    def __sizeof__(self):
        return 100
def f(): pass
vals = [None, True, False, 0, 1, 2**30, 2**60, -5, 2**100, 1.5, 1j, "", "a", "abc", "é", "ab\u20ac", "\U0001f600", b"", b"abc", bytearray(), bytearray(b"abc"), (), (1,), (1,2,3), [], [1,2], list(range(10)), {}, {1:2}, dict.fromkeys(range(10)), set(), {1,2}, frozenset(), A(), f, range(3), slice(1,2), Ellipsis, iter([]), sys, B()]
for v in vals:
    print(type(v).__name__, sys.getsizeof(v))
print(sys.getsizeof(1, 5))
import struct
data = b"0123456789"
print(struct.unpack("<h", memoryview(data)[1:3]), struct.unpack_from("<i", memoryview(data), 2))
