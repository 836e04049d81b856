# id() only compared for identity, never printed.
a = [1, 2, 3]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
def f(x):
    return id(x)
print(f(a) == id(a))
x = None
print(id(x) == id(None))
print(type(id(a)) is int, id(a) > 0)
items = [[], [], []]
ids = [id(i) for i in items]
print(len(set(ids)))
s = "same"
t = s
print(id(s) == id(t), s is t)
