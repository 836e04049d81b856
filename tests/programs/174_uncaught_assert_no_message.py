# Ends with an uncaught exception: a failing assert without a message.
def is_sorted(xs):
    return all([a <= b for a, b in zip(xs, xs[1:])])
data = [1, 2, 3]
assert is_sorted(data)
print("first check passed")
assert is_sorted([]) and is_sorted([7])
print("trivial checks passed")
data.append(0)
assert is_sorted(data)
print("not reached")
