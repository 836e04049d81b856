# Float arithmetic and int/float mixing.
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(3 + 0.5, 3 * 0.5, 3 / 2, 4 / 2, type(4 / 2).__name__)
print(2 ** 0.5, 2.0 ** 3, (-8.0) ** 2, 10.0 ** -2)
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.7, 0.1 * 3, 1 - 0.9)
print(1e16 + 1, 1e16 + 2)
print(5 % 0.3)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1)
x = 1.0
x += 0.5
x *= 4
x /= 3
x -= 1
print(x)
print(3.0 == 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(int(7.99), int(-7.99), float(7))
print(sum([0.1] * 10))
print(1.5.is_integer(), 2.0.is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
