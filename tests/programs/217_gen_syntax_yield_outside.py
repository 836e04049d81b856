# A SyntaxError: yield at module level (reported before anything runs).
def fine():
    yield 1


print("never printed")
values = [1, 2, 3]
result = (yield values)
