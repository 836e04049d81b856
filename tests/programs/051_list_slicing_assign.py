# Slice assignment and deletion.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [99]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = ["x"] * 5
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:2] = "xyz"
print(d)
d[:] = (7, 8)
print(d)
e = list(range(6))
e[::-2] = "ABC"
print(e)
f = [1, 2, 3, 4]
f[3:1] = ["in"]
print(f)
