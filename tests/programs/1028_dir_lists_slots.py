# dir() of a class with __slots__, and of its instances, lists the slot names (private
# ones mangled), from every class of the lineage; a class without __slots__ adds
# __dict__ and __weakref__. The "Did you mean" hint of a report sees them too.
class Point:
    __slots__ = ("x", "y", "__tag")


class Point3(Point):
    __slots__ = "z"


class Loose(Point3):
    pass


class Mixed:
    __slots__ = ["size", "__dict__"]


def public(names):
    return [n for n in names if not n.startswith("__") or n in ("__dict__", "__weakref__")]


for target in (Point(), Point3(), Loose(), Mixed(), Point, Loose):
    print(getattr(target, "__name__", type(target).__name__), public(dir(target)))

p = Point3()
p.z = 1
print(hasattr(p, "x"), hasattr(p, "z"), "z" in dir(p))
p.zz
