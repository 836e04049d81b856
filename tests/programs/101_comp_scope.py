# Comprehension variables do not leak; comprehensions see enclosing names.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
squares = {n: n * n for n in range(3)}
try:
    print(n)
except NameError as e:
    print("NameError:", e)
s = {m for m in range(2)}
try:
    m
except NameError as e:
    print("NameError:", e)
g = list([k * 2 for k in range(3)])
try:
    k
except NameError as e:
    print("NameError:", e)
def f():
    factor = 3
    return [factor * i for i in range(4)]
print(f())
def g2():
    items = [1, 2, 3]
    return [[item * j for j in items] for item in items]
print(g2())
i = "kept"
[i for i in range(5)]
print(i)
