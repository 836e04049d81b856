# Aliasing, copies, in-place operators on lists.
a = [1, 2]
b = a
b += [3]
print(a, b, a is b)
c = a
c = c + [4]
print(a, c, a is c)
d = [[1], [2]]
e = d[:]
e[0].append(9)
e[1] = [0]
print(d, e)
f = [0] * 3
f *= 2
print(f)
g = a
g *= 2
print(a)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    return lst
x = [1]
y = mutate(x)
print(x, y)
lst = [1, 2, 3]
for item in lst[:]:
    if item == 2:
        lst.remove(item)
print(lst)
z = [1, 2, 3]
z.append(z)
print(z)
print(len(z), z[3] is z)
