# Slicing and searching str (ASCII and not), lists, tuples and bytes: every step sign,
# out-of-range bounds and extreme steps.
s = "héllo wörld hello world"
a = "hello world, hello there"
for t in (s, a):
    for n in ("o", "ll", "", "wor", "zz", "é", "ö"):
        print(t.find(n), t.rfind(n), t.count(n), t.find(n, 3), t.rfind(n, 2, 15), t.count(n, -10), t.count(n, 5, 2))
    print(t[1:], t[::-1], t[2:10:3], t[-3:], t[100:], t[::-2], t[5:1:-1], t[-100:3])
    try:
        t.index("zz")
    except ValueError as e:
        print(e)
l = list(range(20))
print(l[::3], l[5:], l[::-7], l[3:-3:2], l[-1:-30:-4], l[10:2], l[::9223372036854775807], l[::-9223372036854775808])
print(tuple(l)[2::5], "abc"[::-9223372036854775808])
print(b"abcdef"[1::2], bytearray(b"xyz")[::-1])
