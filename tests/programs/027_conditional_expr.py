# Conditional expressions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([i if i % 2 else -i for i in range(6)])
def sign(v):
    return -1 if v < 0 else (0 if v == 0 else 1)
print(sign(-3), sign(0), sign(99))
def side(s):
    print("eval", s)
    return s
print(side("a") if True else side("b"))
print(side("a") if False else side("b"))
z = (lambda q: "even" if q % 2 == 0 else "odd")(7)
print(z)
print(1 if [] else 2, 1 if [0] else 2)
