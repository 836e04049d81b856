# bytearray slice assignment and deletion (plain and extended slices, CPython's refusals), and
# io.BytesIO writes, which assign a slice of their buffer.
import io


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


base = bytearray(b"0123456789")


def assign(index, value):
    def run():
        b = bytearray(base)
        b[index] = value
        return b
    return run


def delete(index):
    def run():
        b = bytearray(base)
        del b[index]
        return b
    return run


print("-- plain slices")
for index, value in [
    (slice(1, 3), b"ab"), (slice(1, 3), b""), (slice(1, 3), b"abcdef"), (slice(5, 2), b"xy"),
    (slice(-100, 100), b"xy"), (slice(-3, None), b"!"), (slice(None, -8), bytearray(b"zz")),
    (slice(10, 20), b"end"), (slice(0, 0), b"start"), (slice(1, 3), memoryview(b"mv")),
    (slice(1, 3), [65, 66, 67]), (slice(1, 3), (0, 255)), (slice(1, 3), iter([97])),
    (slice(1, 3), {1: 2}), (slice(1, 3), range(3)), (slice(10**30, None), b"q"),
]:
    show(assign(index, value))

print("-- extended slices")
for index, value in [
    (slice(None, None, 2), b"abcde"), (slice(None, None, -3), b"abcd"), (slice(1, 1, 2), b""),
    (slice(8, 2, -2), b"xyz"), (slice(None, None, 2), [1, 2, 3, 4, 5]),
    (slice(None, None, 2), b""), (slice(None, None, -4), bytearray()),
    (slice(None, None, 10**30), b"0"), (slice(None, None, 3), iter(b"wxyz")),
]:
    show(assign(index, value))

print("-- refusals")
for index, value in [
    (slice(1, 3), 5), (slice(1, 3), True), (slice(1, 3), 2**70), (slice(1, 3), 1.5),
    (slice(1, 3), 1j), (slice(1, 3), "ab"), (slice(1, 3), None), (slice(1, 3), object()),
    (slice(1, 3), [1, 300]), (slice(1, 3), [1, -1]), (slice(1, 3), [1, "a"]),
    (slice(None, None, 2), b"ab"), (slice(None, None, 2), 5), (slice(None, None, 2), "abcde"),
    (slice(1, 1, 2), b"x"), (slice(None, None, 0), b"x"), (slice("a", 3), b"x"),
    (slice(None, None, 2), (1, 2)), (5, b"x"), (20, 1), (-11, 1), (1, 256), ("1", 1),
]:
    show(assign(index, value))

print("-- deletion")
for index in [
    slice(None, None, 2), slice(None, None, -2), slice(2, 100), slice(8, 2), slice(8, 2, -1),
    slice(-3, None), slice(None), slice(1, 9, 3), slice(9, 0, -4), slice(100, None, -3),
    slice(None, None, 0), slice("x", 2), 0, -1, 10, -11, "0",
]:
    show(delete(index))

print("-- aliasing")
for step in [None, -1, 2]:
    b = bytearray(b"abc")
    try:
        b[::step] = b
    except ValueError as e:
        print("ValueError", e)
    print(b)
b = bytearray(b"abc")
b[1:] = b
print(b)
b = bytearray(b"abcdef")
b[::2] = b[:3]
print(b)

print("-- growing and shrinking in a loop")
b = bytearray(b"x" * 50)
for i in range(40):
    b[i:i + 2] = b"ab" if i % 3 else b"abc"
    del b[i + 5:i + 6]
    b[0:0] = bytes([i])
print(len(b), bytes(b[:12]), bytes(b[-12:]))

print("-- BytesIO writes")
f = io.BytesIO()
for i in range(100):
    f.write(b"%02d," % i)
print(f.tell(), len(f.getvalue()), f.getvalue()[:15], f.getvalue()[-9:])
f.seek(3)
print(f.write(b"XYZ"), f.tell(), f.getvalue()[:12])
f.seek(298)
print(f.write(b"tail!"), f.tell(), f.getvalue()[-10:])
f.seek(310)
print(f.write(bytearray(b"gap")), f.tell(), f.getvalue()[-16:])
print(f.write(memoryview(b"mv")), f.write(b""), f.tell())
for bad in ["text", 5, None]:
    show(lambda: f.write(bad))
g = io.BytesIO(b"hello world")
g.seek(6)
g.write(b"there, world")
print(g.getvalue(), g.tell())
g.seek(0)
print(g.read(5), g.write(b"!"), g.getvalue())
