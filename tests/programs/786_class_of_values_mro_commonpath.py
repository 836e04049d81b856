# Every value knows its class; classes list their MRO; os.path.commonpath.
import os.path

for v in (5, 2.5, "a", b"b", [], (), {}, set(), None, True, range(3), len):
    print(repr(v)[:12], v.__class__.__name__, type(v) is v.__class__)


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Diamond(Left, Right):
    pass


print([c.__name__ for c in Diamond.mro()])
print(Diamond.mro() == list(Diamond.__mro__), int.mro(), bool.mro())
print(Diamond().__class__.__class__)

for group in (["/a/b/c", "/a/b/d", "/a/bc"], ["/usr/lib", "/usr/lib/x"], ["a/b", "a/c"], ["/x"], ["a/./b", "a/b/c"]):
    print(os.path.commonpath(group))
for bad in ([], ["/a", "b"]):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError:", e)
