# __slots__ restricts instance attributes (inherited slots; subclasses without __slots__ are free).
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
p.x = 5
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)


class Q(P):
    __slots__ = ("z",)


q = Q(1, 2)
q.z = 9
print(q.z)
try:
    q.w = 1
except AttributeError as e:
    print(e)


class Free(P):
    pass


f = Free(1, 2)
f.anything = 1
print(f.anything)
