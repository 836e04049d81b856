a = -x ** -y
b = not a and b or c and not d
c = [x * y for x in range(3) if x for y in range(x) if y]
d = {k: v for k, v in items}
e = {x for x in s}
f = (x for x in s)
g = sum(x for x in s)
h = f(*args, **kwargs, key=1)
i = a[1:2:3], a[:], a[::2], a[..., None], a[*idx]
j = {**base, 'k': 1}
k = {1, 2, *rest}
l = lambda x, /, y=2, *a, z, **kw: x + y
m = x if y else z if w else v
n = (yield)
o = await_ = 1
p = a.b.c(d)[e](f).g
q = (1,)
r = ()
s = [*a, *b]
t = 'implicit' 'concatenation' f'{with_fstring}'
u = f"{x!r:>{width}.{precision}} {y=} {z = !s} {{literal}}"
v = 1 if (w := 2) else 3
w = a < b < c
x = a is not b, a not in b, a in b, a is b
y = print(*[1, 2], sep='')
