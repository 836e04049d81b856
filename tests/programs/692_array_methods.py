# array methods: append, extend, insert, pop, remove, index, count, reverse, indexing and slices.
from array import array

a = array("i", [5, 1, 4])
a.append(1)
a.extend([9, 2])
a.extend(array("i", [7]))
a.insert(0, 0)
a.insert(-1, 8)
a.insert(100, 6)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(9), a.count(4), a.count(42), 9 in a, 10 in a)
print(a.index(4, 1), a[0], a[-1], a[1:3], a[::-1], a[::2])
a.reverse()
print(a, list(a), a.tolist(), [x * 2 for x in a])
a[0] = 100
a[1:3] = array("i", [20, 30, 40])
print(a)
del a[0]
del a[::2]
print(a)
a.fromlist([3, 4])
print(a, sum(a), max(a), sorted(a))
u = array("u", "abc")
u.fromunicode("de")
u.append("f")
print(u, u.tounicode(), u[1], u[::-1])
print(array("i", [1, 2]).buffer_info()[1])
