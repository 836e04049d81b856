# Bitwise operators and shifts.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(~0, ~-1, ~5, ~-6)
print(1 << 10, 1 << 100, 5 << 3)
print(1024 >> 3, 1025 >> 1, 7 >> 10)
print(-1 >> 1, -8 >> 1, -9 >> 1, -1 >> 100)
print(-5 & 0xFF, -1 & 0xFFFF, -256 | 15)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print((2 ** 65 + 3) ^ (2 ** 65 + 5))
print(-(2 ** 70) >> 3)
print(12 & -12, (1 << 40) >> 38)
x = 0xF0
x &= 0x3C
print(x)
x |= 0x01
print(x)
x ^= 0xFF
print(x)
x <<= 2
print(x)
x >>= 3
print(x)
print(True & False, True | False, True ^ True, ~True)
