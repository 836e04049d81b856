class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
for i in range(3):
    s = S()
    s.b = i
    print(s.a, s.b)
    try:
        s.c = 3
    except AttributeError as e:
        print("AE", e)
class H:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
h = H()
for i in range(2):
    h.x = i
print(h.x)
class L:
    pass
l = L()
for i in range(2):
    l.x = i
L.__setattr__ = lambda self, k, v: print("late", k, v)
l.x = 5
print(l.x)
