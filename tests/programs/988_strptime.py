# time.strptime: the directives, how the fields combine into a date, CPython's errors; the
# OverflowError of a time tuple field beyond a C int.
import time


def show(text, fmt=None):
    try:
        t = time.strptime(text) if fmt is None else time.strptime(text, fmt)
        print(repr(text), fmt, tuple(t), t.tm_zone, t.tm_gmtoff)
    except Exception as e:
        print(repr(text), fmt, type(e).__name__, e)


show("1970-01-01-00-16-40", "%Y-%m-%d-%H-%M-%S")
show("2024", "%Y")
show(" 3 feb 2021 pm 4", "%d %b %Y %p %I")
show("12 AM", "%I %p")
show("12 pm", "%I %p")
show("Tuesday 5", "%A %j")
show("Tue Mar  5 10:20:30 2024")
show("Mon Jan  1 10:00:00 2024", "%c")
show("01/02/24", "%x")
show("10:11:12", "%X")
show("12:30:01.5", "%H:%M:%S.%f")
show("99 12 31", "%y %m %d")
show("68", "%y")
show("69", "%y")
show("2024 60", "%Y %j")
show("2023 366", "%Y %j")
show("53 2023 1", "%U %Y %w")
show("0 2023 0", "%W %Y %w")
show("10 2024 Fri", "%U %Y %a")
show("2024-W05-3", "%G-W%V-%u")
show("2021-W01-1", "%G-W%V-%u")
show("Feb 29", "%b %d")
show("DECEMBER 7", "%B %d")
show("%", "%%")
show("a\t \nb", "a b")
show("+0130 UTC", "%z %Z")
show("-01:30:15", "%z")
show("Z gmt", "%z %Z")
show("+01:3000", "%z")
show("2023 2 29", "%Y %m %d")
show("0000", "%Y")
show("x", "%Y")
show("2021x", "%Y")
show("", "%Y")
show("1", "%q")
show("1", "%")
show("1", "% d")
show("1", "%.")
show("2024 5", "%G %u")
show("5 3", "%V %u")
show("2024 5 3", "%Y %V %u")
show("2024 5 3 7", "%G %V %u %j")
show("5 3 1", "%V %u %U")
try:
    time.strptime("1", format="%d")
except TypeError as e:
    print(e)
for args in ((1, "%Y"), ("1", 2), (), ("1", "%Y", 3)):
    try:
        time.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
t = time.strptime("2024-03-05", "%Y-%m-%d")
print(type(t).__name__, t.tm_yday, t.tm_wday, t.tm_isdst, len(t))

big = 2147483648
for fields in ((big, 1, 1, 0, 0, 0, 0, 0, 0), (2024, big, 1, 0, 0, 0, 0, 0, 0),
               (2024, 1, 1, 0, 0, 0, 0, 0, -big - 1), (2 ** 70, 1, 1, 0, 0, 0, 0, 0, 0),
               (1.5, 1, 1, 0, 0, 0, 0, 0, 0)):
    for name, call in (("mktime", time.mktime), ("asctime", time.asctime),
                       ("strftime", lambda f: time.strftime("%Y", f))):
        try:
            call(fields)
        except (OverflowError, TypeError) as e:
            print(name, type(e).__name__, e)

# struct_time's optional second argument: a dict of the fields past the sequence.
fields = (2024, 1, 2, 3, 4, 5, 6, 7, 0)
for extra in ({"tm_zone": "UTC"}, {"tm_gmtoff": 60, "other": 1}, {}):
    t = time.struct_time(fields, extra)
    print(t.tm_zone, t.tm_gmtoff)
for extra in (["tm_zone", "UTC"], ("a",), 3, None):
    try:
        time.struct_time(fields, extra)
    except TypeError as e:
        print(type(e).__name__, e)
