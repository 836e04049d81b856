# A SyntaxError: yield inside a list comprehension (a function of its own in CPython 3.11).
def squares(values):
    return [(yield v * v) for v in values]


print("never printed")
