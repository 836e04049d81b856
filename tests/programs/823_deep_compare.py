# Comparing containers nested past the recursion limit raises RecursionError, as CPython;
# shallower ones compare as usual, and the program goes on.
def nest(depth, make):
    value = make(())
    for _ in range(depth):
        value = make(value)
    return value


for depth in (10, 500, 100_000):
    for make in (lambda v: (v,), lambda v: [v]):
        a, b = nest(depth, make), nest(depth, make)
        try:
            print(depth, type(a).__name__, a == b, a != b)
        except RecursionError as e:
            print(depth, type(a).__name__, "RecursionError", e)
print([1, [2, [3]]] == [1, [2, [3]]], (1, (2, 3)) < (1, (2, 4)))

# The same inside containment tests and built-ins that compare items.
a, b = nest(2000, lambda v: [v]), nest(2000, lambda v: [v])
checks = [
    ("in", lambda: a in [b]),
    ("not in", lambda: a not in (b,)),
    ("index", lambda: [b].index(a)),
    ("count", lambda: [b].count(a)),
    ("remove", lambda: [b].remove(a)),
    ("sorted", lambda: sorted([a, b])),
    ("max", lambda: max([a, b])),
    ("operator.eq", lambda: __import__("operator").eq(a, b)),
    ("shallow in", lambda: [1, [2]] in [[1, [2]]]),
]
for label, check in checks:
    try:
        print(label, check())
    except RecursionError as e:
        print(label, "RecursionError", e)
