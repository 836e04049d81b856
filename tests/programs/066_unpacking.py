# Tuple/list unpacking, nested and starred.
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
p, *q = [1]
print(p, q)
x, (y, *z), w = 1, (2, 3, 4), 5
print(x, y, z, w)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
m, n = {"one": 1, "two": 2}
print(m, n)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w2 = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print("ValueError:", e)
print([*range(3), *"ab"], (*[1, 2], 3), {**{"a": 1}, "b": 2})
print(*[1, 2, 3], sep="-")
