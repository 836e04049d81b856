# int.from_bytes takes its bytes by keyword too, and any iterable of ints; byteorder is
# checked as CPython checks it, in from_bytes and to_bytes alike.
print(int.from_bytes(bytes=b"\x00\x10", byteorder="big"), int.from_bytes(b"\x01", "little"))
print(int.from_bytes(b"\x01\x00", byteorder="little", signed=True), int.from_bytes([1, 2]))
print(int.from_bytes((255,), signed=True), int.from_bytes(bytearray(b"\x01\x02"), "little"))
print(int.from_bytes([255, 0, 0], "big", signed=True), int.from_bytes(b"", "big", signed=True))
print((258).to_bytes(2, "big"), (258).to_bytes(length=2, byteorder="little"))
for bad in (lambda: int.from_bytes(), lambda: int.from_bytes([256]), lambda: int.from_bytes("ab"),
            lambda: int.from_bytes(5), lambda: int.from_bytes(b"\x01", "middle"),
            lambda: int.from_bytes(b"\x01", byteorder=3), lambda: (5).to_bytes(1, "x"),
            lambda: (5).to_bytes(1, 2)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
