# Evaluation order in assignments and calls.
def note(tag, value):
    print("eval", tag)
    return value
d = {}
d[note("key", "k")] = note("value", 1)
lst = [0, 0]
lst[note("index", 1)] = note("rhs", 5)
print(d, lst)
a = note("first", 1) + note("second", 2) * note("third", 3)
print(a)
print(note("arg1", 1), note("arg2", 2))
x = [note("e1", 1), note("e2", 2)]
y = {note("k1", "a"): note("v1", 1), note("k2", "b"): note("v2", 2)}
print(x, y)
p, q = note("rhs-tuple", (1, 2))
r = s = note("chained", [])
print(p, q, r is s)
def f(a, b, c):
    return a - b - c
print(f(note("A", 10), c=note("C", 1), b=note("B", 2)))
