# Floor division and modulo with all sign combinations.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(10 ** 20, 7), divmod(-(10 ** 20), 7))
print(divmod(0, 3))
print(-1 % 2 ** 70)
print((2 ** 70) // -1)
