# Keyword arguments bound to parameters: defaults, keyword-only parameters, methods,
# closures, and every error a call with keywords can make.


def f(a, b=10, c=20):
    return (a, b, c)


def kw(a, *, b=1, c):
    return (a, b, c)


def posonly(a, b, /, c=3):
    return (a, b, c)


def outer(x):
    def inner(y, z=0):
        return x + y + z

    return inner


class Box:
    def __init__(self, v):
        self.v = v

    def add(self, w, scale=1):
        return self.v + w * scale


print(f(1, c=3))
print(f(a=1))
print(f(c=5, a=2))
print(f(1, 2, c=9))
print(kw(1, c=2))
print(kw(c=4, a=3, b=0))
print(posonly(1, 2, c=7))
print(outer(5)(y=1))
print(outer(5)(1, z=2))
b = Box(3)
print(b.add(w=2))
print(b.add(2, scale=10))
add = b.add
print(add(scale=2, w=1))
total = 0
for i in range(1000):
    total += f(i, c=i)[2] + kw(i, c=1)[1]
print(total)


def attempt(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: f(1, a=2))
attempt(lambda: f(b=2))
attempt(lambda: f(1, d=2))
attempt(lambda: kw(1, b=2))
attempt(lambda: kw(1, 2, c=3))
attempt(lambda: posonly(1, b=2))
attempt(lambda: f(1, 2, 3, 4, d=1))
attempt(lambda: kw(1, 2, 3, c=3, b=1))
attempt(lambda: f(1, 2, 3, 4))
attempt(lambda: kw(1, 2))
attempt(lambda: posonly(1, 2, 3, 4, a=1))
attempt(lambda: b.add(1, w=2))
attempt(lambda: b.add(scale=2))
attempt(lambda: Box.add(w=1, self=b))
attempt(lambda: outer(1)(z=1))


def recurse(n):
    return recurse(n=n + 1)


try:
    recurse(n=0)
except RecursionError as e:
    print("RecursionError:", e)
