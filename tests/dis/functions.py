x = [i*2 for i in range(3) if i]
def f(a, *b, c=1, **d):
    def g(): return a
    return g
y = f(1, 2, c=3)
z = a if b < c < d else c
print(f"{x!r:>5}")
