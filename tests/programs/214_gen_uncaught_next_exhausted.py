# Ends with an uncaught StopIteration from next() on an exhausted generator.
def two():
    yield 1
    yield 2
    return "spent"


g = two()
print(next(g), next(g))
print(next(g, "default"))
print(next(g))
