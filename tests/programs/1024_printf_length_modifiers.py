# printf-style formatting reads and ignores one C length modifier (h, l or L) before the
# conversion character, for str and bytes templates alike; a second one is an error.
print("%ld|%5ld|%-4hd|%lx|%lo" % (7, 42, 3, 255, 8))
print("%.3Lf|%le|%hi" % (3.14159, 12345.678, -9))
print("%(n)ld items" % {"n": 12})
print(b"%ld-%lx" % (5, 31))
for bad in ("%lq", "%l", "%5", "%lld", "%hhd"):
    try:
        print(bad % 1)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
