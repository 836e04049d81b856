# str, bytes and bytearray's __mod__ and __rmod__ slot wrappers.


def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: str.__rmod__("x", "%s"))
attempt(lambda: str.__rmod__("x", "<%r>"))
attempt(lambda: str.__rmod__("x", 5))
attempt(lambda: str.__rmod__(5, "x"))
attempt(lambda: str.__mod__("%s-%s", (1, 2)))
attempt(lambda: str.__mod__("%(a)s", {'a': 1}))
attempt(lambda: str.__mod__("x", 5))
attempt(lambda: str.__mod__(5, "x"))
attempt(lambda: "%d%%".__mod__(50))
attempt(lambda: "a%sb".__rmod__("x"))
attempt(lambda: "%s".__rmod__(b"x"))
attempt(lambda: "%s".__mod__())
attempt(lambda: "%s".__mod__(1, 2))
attempt(lambda: "%d".__mod__("no"))
print(str.__rmod__, str.__mod__)
attempt(lambda: b"%s".__mod__(b"x"))
attempt(lambda: bytes.__rmod__(b"x", b"%s"))
attempt(lambda: bytes.__rmod__(b"x", "%s"))
attempt(lambda: bytes.__rmod__(b"x", bytearray(b"%s")))
attempt(lambda: bytes.__mod__(b"%d", 7))
attempt(lambda: bytearray(b"%d").__mod__(3))
attempt(lambda: bytearray.__rmod__(bytearray(b"v"), bytearray(b"[%s]")))
attempt(lambda: bytearray.__rmod__(3, bytearray(b"%d")))
attempt(lambda: bytes.__mod__("%s", b"x"))
attempt(lambda: bytearray.__mod__(b"%s", b"x"))


class S(str):
    pass


attempt(lambda: str.__rmod__(S("y"), "%s!"))
attempt(lambda: S("%s!").__mod__("z"))
attempt(lambda: S("%s!").__rmod__("z"))
attempt(lambda: str.__mod__(S("<%s>"), 1))
attempt(lambda: hasattr([], '__mod__') or hasattr((), '__rmod__'))
print("%s and %s" % ("a", "b"), b"%x" % 255, "%5.2f" % 3.14159)
