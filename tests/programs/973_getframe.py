# sys._getframe: the caller's frame, its code, line, globals, locals and the frames below.
import sys


def where(depth=1):
    frame = sys._getframe(depth)
    return frame.f_code.co_name, frame.f_lineno, frame.f_globals["__name__"]


def outer(a, b=2):
    c = a + b
    print(sorted(sys._getframe().f_locals.items()))
    frame = sys._getframe()
    print(where())
    print(where(2))
    print(frame.f_back.f_code.co_name, frame.f_back.f_back)
    return inner()


def inner():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


print(outer(1))
print(type(sys._getframe()).__name__, sys._getframe(0).f_code.co_name)
print(repr(sys._getframe()).startswith("<frame at 0x"))
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)
print(sys.warnoptions)
