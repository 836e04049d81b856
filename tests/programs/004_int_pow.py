# Powers: integer, negative exponents, three-argument pow.
print(2 ** 10, 3 ** 4, (-3) ** 3, (-3) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(pow(2, 10), pow(2, -1))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13))
print(pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(10, -1, 17))
print(pow(123456789, 987654321, 1000000007))
print(0 ** 5, 1 ** 1000, (-1) ** 1001)
print(pow(5, 2), pow(5, 0))
print(4 ** 0.5, 27 ** (1 / 3) > 2.99)
print(type(2 ** 3).__name__, type(2 ** -3).__name__)
x = 3
x **= 3
print(x)
