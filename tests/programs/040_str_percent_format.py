# printf-style % formatting.
print("%d items" % 5)
print("%s and %s" % ("x", "y"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f|%8.3f|%-8.1f|" % (3.14159, 2.71828, 1.5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (12345.678, 0.00012, 1e-10, 1e20))
print("%r %s" % ("q", "q"))
print("%c%c" % (72, "i"))
print("100%% sure, %d%%" % 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|" % (6, 7, 6, 7))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
print("%i %u" % (3, 4), "%5s|%-5s|" % ("ab", "ab"))
