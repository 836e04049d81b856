# Generator expressions: lazy, single pass, scoped like functions.
squares = (x * x for x in range(5))
print(type(squares).__name__, squares.__name__, squares.__qualname__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

# The first iterable is evaluated at once; everything else lazily.
def source(tag):
    print("  evaluating", tag)
    return range(3)


g = (x for x in source("first"))
print("genexpr made")
print(list(g))

log = []


def noted(x):
    log.append(x)
    return x


g = (noted(x) for x in range(5))
print(log)
print(next(g), next(g), log)
print(list(g), log)

# Errors in the first iterable are raised when the expression is evaluated.
try:
    g = (x for x in 42)
except TypeError as e:
    print("TypeError:", e)

# Conditions, nested loops, closures over enclosing locals.
def table(n):
    return ((a, b) for a in range(n) for b in range(a, n) if (a + b) % 2 == 0)


print(list(table(4)))


def scaled(factor):
    return (x * factor for x in range(4))


print(list(scaled(10)), list(scaled(-1)))

# The loop variable does not leak.
x = "outer"
total = sum(x for x in range(10))
print(total, x)

# Nested generator expressions.
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix))
print(list(list(r[i] for r in matrix) for i in range(3)))
gen_of_gens = ((i * j for j in range(3)) for i in range(3))
print([list(g) for g in gen_of_gens])

# Late binding: the enclosing variable is read when the generator runs.
n = 2
lazy = (i * n for i in range(3))
n = 100
print(list(lazy))

# Chaining generator expressions into a pipeline.
lines = ["  alpha ", "", "beta", "  ", "gamma  "]
stripped = (line.strip() for line in lines)
nonempty = (line for line in stripped if line)
upper = (line.upper() for line in nonempty)
print(list(upper))

# A generator expression as the only argument needs no extra parentheses.
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "banana"), reverse=True))
print(tuple(i for i in range(3)))
