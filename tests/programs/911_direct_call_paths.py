# Calls that bind their arguments directly to a new frame: functions given fewer arguments than
# parameters (defaults, shared mutable defaults), bound methods, instances with a Python
# __call__ (also with defaults, keywords, *args, a static __call__, an instance attribute named
# __call__), __init__ with defaults and keyword-only parameters, errors and recursion.
def f(a, b=2, c=[1]):
    c.append(a)
    return a + b + len(c)
print(f(1), f(1, 5), f(1, 5, []), f(a=3), f(1, c=[]))
class K:
    def __init__(self, x, y=10, *, z=3):
        self.v = x + y + z
    def m(self, p, q=7):
        return self.v + p + q
    def __call__(self, n, extra=100):
        return n + extra + self.v
k = K(1)
print(k.v, K(1, 2).v, K(1, z=0).v)
bm = k.m
print(bm(1), bm(1, 2), bm(p=3), bm(1, q=0))
print(k(1), k(1, 2), k(n=5))
try:
    k()
except TypeError as e:
    print(e)
try:
    bm(1, 2, 3)
except TypeError as e:
    print(e)
class S:
    @staticmethod
    def __call__(*a): return a
try:
    print(S()(1))
except TypeError as e:
    print("TE", e)
class C:
    def __call__(self, *a, **k): return a, k
print(C()(1, 2, x=3))
def g(x, y=1):
    return g(x + 1) if x < 10000 else x
try:
    g(0)
except RecursionError as e:
    print("RE", e)
def h(n, acc=0):
    return acc if n == 0 else h(n - 1, acc + n)
print(h(500))
import functools
p = functools.partial(f, 10)
print(p(), p(1))
inst = K(0); inst.__call__ = lambda n: "own"
print(inst(1))


class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def total(self, depth=0):
        below = sum(child.total(depth + 1) for child in (self.left, self.right) if child)
        return self.value * (depth + 1) + below


tree = Node(1, Node(2, Node(4)), Node(3, None, Node(5)))
print(tree.total(), tree.total(10))
walk = tree.total
print([walk(d) for d in range(3)])
try:
    Node()
except TypeError as e:
    print(e)
