# gmtime, struct_time, strftime, asctime and mktime round trips (no clock values printed).
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(t[0], t[-1], t[1:4], len(t), tuple(t))
year, month, day, *rest = t
print(year, month, day, rest, isinstance(t, tuple), type(t).__name__)
print(t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), t == time.gmtime(0.5), t == time.gmtime(1))

moments = [0, 86399, 86400, 951782400, 1700000000.75, -1, -86401, 4102444800, 1e9, 2**31, 253402300799]
for secs in moments:
    g = time.gmtime(secs)
    print(secs, tuple(g), time.asctime(g))
    print("  ", time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %C %p %I %c|%x|%X|%%", g))
    print("  ", time.strftime("%e|%k|%l|%D|%F|%R|%T|%h|%Z|%z|%q", g))

print(time.strftime("%d/%m/%Y %H:%M", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.strftime("%d %j", (2024, 1, 0, 0, 0, 0, 0, 0, 0)))

# localtime and mktime are inverse whatever the zone.
for secs in [0, 1000000, 1700000000, 1690000000]:
    local = time.localtime(secs)
    print(type(local).__name__, time.mktime(local) == secs, time.ctime(secs) == time.asctime(local))
print(type(time.localtime()).__name__, len(time.strftime("%Y-%m-%d")), len(time.asctime()), len(time.ctime()))


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("month", time.strftime, "%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("hour", time.strftime, "%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0))
attempt("minute", time.asctime, (2024, 1, 1, 0, 60, 0, 0, 1, 0))
attempt("yday", time.strftime, "%Y", (2024, 1, 1, 0, 0, 0, 0, 367, 0))
attempt("short", time.strftime, "%Y", (1, 2))
attempt("format", time.strftime, 5)
attempt("gmtime str", time.gmtime, "0")
attempt("gmtime nan", time.gmtime, float("nan"))
