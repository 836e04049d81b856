# __reduce__ and __setstate__ of sequence and str iterators; printf-style mapping keys with
# parentheses inside; a chain of exceptions that loops is reported once.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


it = iter([1, 2, 3])
next(it)
print(it.__reduce__())
it.__setstate__(-5)
print(next(it), it.__reduce__()[2])
it.__setstate__(10)
print(it.__reduce__()[2], list(it))
s = iter("你好吗")
s.__setstate__(1)
print(next(s), s.__reduce__())
s.__setstate__(True)
print(s.__reduce__()[2], next(s))
s.__setstate__(99)
print(s.__reduce__(), list(s))
t = iter((1, 2))
print(t.__reduce__(), iter(b"ab").__reduce__(), iter("").__reduce__())
show("setstate str", lambda: t.__setstate__("x"))
show("setstate none", lambda: t.__setstate__())
show("setstate two", lambda: t.__setstate__(1, 2))
show("reduce arg", lambda: t.__reduce__(1))
f, args, state = iter("abc").__reduce__()
copy = f(*args)
copy.__setstate__(state + 1)
print(list(copy))

print("%(key())s" % {"key()": "aaa"}, "%(a(b)c)s|%(x)d" % {"a(b)c": 1, "x": 2})
print("%((x))r" % {"(x)": [1]}, b"%(k(1))s" % {b"k(1)": b"v"})
for template in ("%(a(b)s", "%((x)s", "%(a)(b)s", "%(a"):
    show(template, lambda: template % {"a(b": 1, "(x": 2, "a": 3})
show("not a mapping", lambda: "%(a)s" % 1)


class MyError(Exception):
    pass


# An exception that is its own cause is reported once, then the program ends with it.
error = MyError("message")
raise error from error
