# Instance attributes kept in the class's shared layout and moved to a dict of their own:
# assignment order, deletion, a live __dict__, many names, setattr/getattr by computed names,
# and methods shadowed by instance attributes.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def m(self):
        return "method"


p = P(1, 2)
q = P(3, 4)
q.c = 5
r = P(5, 6)
print(vars(p), vars(q), vars(r))
r.b2 = 1
print(r.__dict__)
s = P(0, 0)
s.c = 1
s.b2 = 2
print(s.__dict__, s.c, s.b2)
del s.a
print(s.__dict__)
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ is live both ways.
t = P(1, 2)
d = t.__dict__
d["z"] = 9
print(t.z, getattr(t, "z"), hasattr(t, "q"))
t.y = 3
print(d, d is t.__dict__)

# Deleting the last attribute and setting it again; deleting one in the middle.
u = P(1, 2)
del u.b
print(u.__dict__)
u.b = 7
print(u.__dict__, u.b)
del u.a
u.a = 8
print(u.__dict__, list(vars(u)))

# Methods shadowed by instance attributes, then not.
u.m = lambda: "shadow"
print(u.m())
v = P(1, 2)
print(v.m())
setattr(v, "m", 5)
print(v.m, v.__dict__)
print(P(3, 4).m())
w = P(1, 2)
w.__dict__.update(k=1)
print(w.__dict__, w.k)


class Q:
    pass


# Instances of one class setting their attributes in different orders.
x = Q()
x.b = 1
x.a = 2
y = Q()
y.a = 1
y.b = 2
print(x.__dict__, y.__dict__, x.a, y.b)

# More names than a shared layout holds.
for i in range(40):
    setattr(x, f"n{i}", i)
print(len(x.__dict__), x.n39, x.a)
z = Q()
for i in range(40):
    setattr(z, f"n{i}", i)
print(len(vars(z)), z.n0, z.n39, getattr(z, "n" + "17"))
try:
    del z.nothere
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)


class S:
    __slots__ = ("x",)


s1 = S()
s1.x = 3
print(s1.x)
try:
    s1.y = 2
except AttributeError as e:
    print("AttributeError:", e)


# Instances as dict keys (a cached hash) and the attribute names dir() lists.
class H:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return self.k == other.k


table = {H(1): "one", H(2): "two"}
print(table[H(2)], H(1) in table, [n for n in dir(H(5)) if not n.startswith("__")])
