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
