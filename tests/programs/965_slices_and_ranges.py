# Slices of lists and tuples inside a function (where BUILD_SLICE is fused with the
# subscript after it), the cases that must not be fused (step 0, a wrong count, a
# subclass), and range() called with every kind of argument list.
def f():
    l = list(range(10)); t = tuple(l)
    out = [l[2:5], l[::-1], l[8:2:-2], t[1:9:3], t[:], l[-3:], l[:0]]
    l[2:4] = (7, 7); out.append(list(l))
    l[:3] = l; out.append(list(l))
    l[1:1] = [5, 5, 5]; out.append(list(l))
    l[3:] = []; out.append(list(l))
    for bad in (lambda: l[::0], lambda: t[1:2:0], lambda: l.__setitem__(slice(None, None, 0), [1])):
        try:
            bad()
        except ValueError as e:
            out.append(str(e))
    try:
        l[0:2] = 5
    except TypeError as e:
        out.append(str(e))
    try:
        l[0:4:2] = [1]
    except ValueError as e:
        out.append(str(e))
    s = "abcdef"
    out.append(s[1:4]); out.append(s[::-1])
    class L(list):
        def __getitem__(self, i):
            return ("sub", i)
    out.append(L([1, 2])[0:1])
    return out
print(f())

def ranges():
    for args in [(), (1, 2, 3, 4), ("a",), (1, "b"), (1, 2, 0), (1.5,), (True, 5), (2**70, 2**70 + 3), (-5,), (10, 0, -3)]:
        try:
            r = range(*args)
            print(r, list(r)[:5], len(r))
        except Exception as e:
            print(type(e).__name__, e)
    try:
        range(1, 2, 3, "x")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        range(stop=3)
    except Exception as e:
        print(type(e).__name__, e)

ranges()
