# memoryview over bytes, bytearray and array: items, slices, writes, casts, errors.
from array import array


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


data = bytearray(b"python")
view = memoryview(data)
print(len(view), view[0], view[-1], view.tolist())
print(view.format, view.itemsize, view.nbytes, view.readonly, view.ndim, view.shape, view.strides)
view[0] = ord("P")
view[1:3] = b"YT"
print(data, view.obj is data)
tail = view[2:]
tail[0] = ord("*")
print(data, bytes(tail), tail.hex(), tail.hex(":"))
every_other = view[::2]
print(every_other.tolist(), every_other.contiguous, every_other.strides, bytes(view[::-1]))

frozen = memoryview(b"abcdef")
attempt("readonly write", lambda: frozen.__setitem__(0, 1))
attempt("delete", lambda: view.__delitem__(0))
attempt("bad index", lambda: frozen[6])
attempt("bad key", lambda: frozen["x"])
attempt("bad value", lambda: view.__setitem__(0, 300))
attempt("bad type", lambda: view.__setitem__(0, "x"))
attempt("size mismatch", lambda: view.__setitem__(slice(0, 2), b"abc"))
attempt("not a buffer", lambda: memoryview(42))
attempt("hash writable", lambda: hash(view))
print(hash(frozen) == hash(b"abcdef"))

print(frozen == b"abcdef", frozen[1:3] == b"bc", b"bc" != frozen[1:3], frozen == "abcdef")
print(98 in frozen, list(reversed(frozen[:3])), b"x" + frozen[:2], bytearray(b"y") + frozen[4:])
print(str(frozen[:3], "ascii"), int.from_bytes(memoryview(b"\x01\x00"), "little"))

words = memoryview(bytearray(b"\x01\x00\x02\x00\xff\xff"))
shorts = words.cast("H")
print(shorts.format, shorts.itemsize, len(shorts), shorts.tolist(), words.cast("h").tolist())
shorts[1] = 513
print(bytes(words))
attempt("cast odd", lambda: memoryview(b"abc").cast("H"))
attempt("cast strided", lambda: words[::2].cast("H"))
attempt("cast two", lambda: shorts.cast("I"))

numbers = array("i", [10, 20, 30])
over = memoryview(numbers)
print(over.format, over.itemsize, over.tolist(), over[1])
over[2] = -5
print(numbers)
numbers[0] = 99
print(over[0], bytes(over[:1]))
print(bytes(array("h", [1, 2])), b"ab" + array("b", [1]))

with memoryview(b"ctx") as m:
    print(m.tobytes())
attempt("released", lambda: m.tolist())
attempt("released len", lambda: len(m))
print(repr(m).startswith("<released memory at 0x"), type(m).__name__)
