# Basic integer arithmetic and precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 10, 2 ** 0, 0 ** 0)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(10 - 2 - 3)
print(100 // 7 // 2)
print(+a, -a, --a, -(-a))
x = 0
for i in range(1, 11):
    x += i * i
print(x)
print(7 * 0, 0 * -7, -0)
print(1_000_000 + 1)
print(0x1F, 0o17, 0b1011)
