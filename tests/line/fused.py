# Breakpoints on lines whose first instruction the plain loop would fuse into the one
# before it (a second LOAD_FAST, a jump after a comparison, a STORE_FAST after FOR_ITER,
# an unpack after a tuple), in a loop with calls, a generator and recursion.
def f(a, b):
    x = a
    y = (a
         + b)
    for i in range(3):
        z = g(i)
    t = (a,
         b)
    u, v = (b,
            a)
    if (a
            < b):
        w = 1
    return x + y + z + t[0] + u + v


def g(i):
    return i * 2


def gen(n):
    for k in range(n):
        yield k
        k += 1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for n in range(3):
    total += f(n, n + 1)
total += sum(gen(3)) + fib(4)
print(total)
