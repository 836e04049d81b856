"""types.MethodType binds any callable to an instance; os.chdir and contextlib.chdir move the
current directory (and back)."""

import contextlib
import os
import types


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Point({self.x})"


def shifted(self, dx):
    return self.x + dx


p = Point(3)
m = types.MethodType(shifted, p)
print(m(4), m(dx=10))
print(m)
print(m.__self__ is p, m.__func__ is shifted)
p.shift = m
print(p.shift(1))
print(types.MethodType(len, "abc")())
print(Point(5).__init__)
for bad in [(1, p), (shifted, None), (shifted,)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)

start = os.getcwd()
with contextlib.chdir("tests"):
    print(os.path.basename(os.getcwd()))
    with contextlib.chdir("programs"):
        print(os.path.basename(os.getcwd()), os.path.exists("1015_method_type_chdir.py"))
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == start)
os.chdir("tests")
print(os.path.basename(os.getcwd()))
os.chdir(start)
try:
    os.chdir("no/such/directory")
except FileNotFoundError as e:
    print(e.errno, e.filename)
print(os.getcwd() == start)
