# Slicing lists and tuples, and assigning to list slices, over every mix of bounds,
# steps and right-hand sides (lists, tuples, iterators; a list assigned into itself).
import itertools
vals = [None, -10, -3, -1, 0, 1, 2, 3, 5, 10]
steps = [None, 1, 2, -1, -2, 3]
out = []
for a, b, c in itertools.product(vals, vals, steps):
    l = list(range(5)); t = tuple(l)
    out.append((l[a:b:c], t[a:b:c]))
    for rhs in ([], [7], [7, 8, 9], (4, 4), iter([1, 2])):
        m = list(range(5))
        try:
            m[a:b:c] = rhs
            out.append(m)
        except Exception as e:
            out.append((type(e).__name__, str(e)))
m = [1, 2, 3]; m[1:] = m; out.append(m)
m = [1, 2, 3]; m[::-1] = m; out.append(m)
try:
    m[0:2:0] = [1]
except Exception as e:
    out.append(str(e))
print(out)
