# Corners of the front end and the struct module: source given as bytes-like objects, not
# UTF-8 source, zero-length struct items, a str indexed by a str.
import struct

print(eval(bytearray(b"6 * 7")), eval(memoryview(b"'a' + 'b'")))
exec(bytearray(b"print('from bytearray')"))
exec(b"# coding: latin-1\nprint('\xe9t\xe9')")
for source in [b"'ab\xa1'", b"x = '\xc0a'", b"\xa1", b"y = 1 # caf\xe9\nprint('comment ok', y)"]:
    try:
        exec(source)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
for source in [b"x = 1\0", "x = 1\0"]:
    try:
        exec(source)
    except SyntaxError as e:
        print("SyntaxError:", e, e.lineno)
print(struct.calcsize("0s"), struct.unpack("0s", b""), struct.pack("0s", b"abc"))
print(struct.unpack("<0s1s0H2H", b"01234"), struct.pack("<0s1s0H2H", b"abc", b"abc", 258, 515))
for index in ["x", 1.5, None]:
    try:
        "abc"[index]
    except TypeError as e:
        print(e)
    try:
        b"abc"[index]
    except TypeError as e:
        print(e)
for sequence in (b"a", "a", (1,), [1]):
    try:
        sequence[5]
    except IndexError as e:
        print(e)
