# Negative zero and tiny/huge floats.
nz = -0.0
print(nz, 0.0 == nz, str(nz), repr(nz))
print(abs(nz), -nz, nz + 0, nz * -1)
print(round(-0.4), round(-0.4, 1))
print(1e-320, 2.5e-320, 1e-323 / 2)
print(1.7976931348623157e308 * 1.0000001)
print(float.fromhex("0x1.8p1"), (3.0).hex())
print(1e300 * 1e10, -(1e300 * 1e10))
print(2.0 ** -1074, 2.0 ** -1075)
print(0.1 * 0.1, 1 / 7)
print(100 * 1.1, 1.1 + 2.2)
print(4.35 * 100, 0.57 * 100)
