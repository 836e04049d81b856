# Arbitrary precision integers.
n = 1
for i in range(1, 31):
    n *= i
print(n)
print(2 ** 100)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
print(-(2 ** 64))
big = 123456789012345678901234567890
print(big * big)
print(big // 987654321, big % 987654321)
print(-big // 987654321, -big % 987654321)
print(big - big, big + 1 - big)
print(10 ** 40 // 3)
print(3 ** 200)
print(len(str(7 ** 500)))
print((2 ** 200 + 1) % 1000007)
x = 2 ** 128
print(x > 2 ** 127, x == 2 ** 128, x != x + 1)
print(x // 2 ** 64 == 2 ** 64)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print(int("9" * 50) + 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(4611686018427387904 * 2)
print(2 ** 62 + 2 ** 62)
