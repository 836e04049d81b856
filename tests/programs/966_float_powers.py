# Float powers over every mix of signs, zeros, infinities, nan and ints (the fast path for
# a positive base, the complex results of negative bases, (-inf) ** w, overflow).
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e308, 1e-308, 5e-324, float("inf"), float("-inf"), float("nan"), 3, -3, 0, 2, 10**20]
out = []
for a in vals:
    for b in vals + [0.5, -1.5, 1e10, -1e10]:
        if isinstance(a, int) and isinstance(b, int):
            continue
        try:
            out.append(repr(a ** b))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
def f(x, y):
    return x ** y
out.append(repr([f(1.0001, i) for i in range(0, 5000, 500)]))
out.append(repr([f(2, -1.5), f(2.0, 0.5), f(7.5, 3)]))
print("\n".join(out))
