# TypeErrors raised by bad calls.
def f(a, b):
    return a + b
five = 5
text = "abc"
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, c=2),
    lambda: len(1),
    lambda: len(),
    lambda: five(),
    lambda: text(),
    lambda: abs("x"),
    lambda: int([1]),
    lambda: f(*5),
    lambda: f(**[1]),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
def g():
    pass
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
def h(*, key):
    pass
try:
    h()
except TypeError as e:
    print("TypeError:", e)
