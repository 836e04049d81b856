# Lambdas.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))
print(square.__name__, (lambda: 0).__name__)
varargs = lambda *a, **k: (a, k)
print(varargs(1, 2, x=3))
print((lambda x: (lambda y: x + y))(3)(4))
nested_default = lambda n, acc=1: acc if n <= 1 else nested_default(n - 1, acc * n)
print(nested_default(6))
