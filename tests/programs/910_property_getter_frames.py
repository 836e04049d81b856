# Property getters written in Python, read by LOAD_ATTR: results, errors raised inside
# them (with their tracebacks), recursion, a getter with defaults, redefinition of the
# property on the class, subclasses, properties without a getter, and __getattr__.
import traceback


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def broken(self):
        return self.w / 0

    @property
    def endless(self):
        return self.endless

    @property
    def scaled(self, factor=3):
        return self.area * factor

    @property
    def nested(self):
        return self.area + self.scaled


class Square(Shape):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def area(self):
        return "square " + str(self.w * self.w)


class Lazy(Shape):
    def __getattr__(self, name):
        return "fallback " + name

    @property
    def missing(self):
        raise AttributeError("inside getter")


s = Shape(2, 5)
print(s.area, s.scaled, s.nested)
s.w = 7
print(s.area, s.scaled)
print(Square(4).area, Square(4).scaled if False else Square(3).w)
total = 0
for i in range(1000):
    s.h = i
    total += s.area
print(total)

try:
    s.area = 3
except AttributeError as e:
    print("AttributeError:", e)

try:
    s.broken
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "FILE"))

try:
    s.endless
except RecursionError as e:
    print("RecursionError:", e)

lazy = Lazy(1, 2)
print(lazy.area, lazy.other)
try:
    print(lazy.missing)
except AttributeError as e:
    print("AttributeError:", e)

Shape.area = property(lambda self: "replaced")
print(s.area, s.nested if False else "-")
Shape.area = property(None)
try:
    s.area
except AttributeError as e:
    print("AttributeError:", type(e).__name__)


def getter_of(obj):
    return obj.area


Shape.area = property(lambda self: self.w + 1)
print([getter_of(Shape(n, 0)) for n in range(5)])
