# Tuples: creation, repr, immutability, methods.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t))
print((), (1,), (1, 2), ((1,), (2,)), tuple(), tuple([4, 5]), tuple("ab"))
single = 1,
print(single, type(single) is tuple)
print(t + (4,), t * 2, (0,) * 3)
print(t.count(2), t.index(3), (1, 2, 1).count(1))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
a, b, c = t
print(a, b, c)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), () < (0,))
print(hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin", (1, 2): "pt"}
print(d[(1, 2)], d[0, 0])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(tuple([x * x for x in range(4)]))
print(max((3, 1, 2)), sorted((3, 1, 2)))
