# Keyword-only and positional-only parameters.
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=10))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def posonly(a, b, /, c):
    return a * 100 + b * 10 + c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def mixed(a, /, b, *, c):
    return (a, b, c)
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def pos_kw_same(a, /, **kw):
    return a, kw
print(pos_kw_same(1, a=2))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def f(x, y):
    return x - y
try:
    f(1, 2, x=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
