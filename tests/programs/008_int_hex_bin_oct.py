# hex/bin/oct and format of ints.
for n in [0, 1, 10, 255, -255, 4096, 2 ** 70]:
    print(n, hex(n), bin(n), oct(n))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"))
print(format(10, "o"), format(10, "#o"), format(10, "#b"))
print(f"{3735928559:x}", f"{3735928559:#X}")
print(f"{1234567:,}", f"{1234567:_}", f"{-1234567:,}")
print(f"{255:_b}", f"{255:_x}")
print("%x %X %o %d" % (255, 255, 8, -3))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8))
