# Class calls through the run loop's direct instantiation and the general path:
# defaults, inherited __init__, __init__ returning a value, errors raised inside
# __init__, __init__ replaced after use, __new__, metaclasses and recursion.


class Point:
    def __init__(self, x, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"


class Point3(Point):
    pass


print(Point(1), Point(1, 2), Point(1, 2, 3), Point3(4, 5))
print(Point(x=7, z=9))


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError(f"too big: {n}")
        self.n = n


print(Raises(1).n)
try:
    Raises(5)
except ValueError as e:
    print("ValueError:", e)

try:
    Point()
except TypeError as e:
    print("TypeError:", e)

try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


class Empty:
    pass


try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)


class Later:
    def __init__(self, a):
        self.a = a


first = [Later(i).a for i in range(3)]


def new_init(self, a):
    self.a = a * 10


Later.__init__ = new_init
print(first, [Later(i).a for i in range(3)])


class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.made = True
        return inst

    def __init__(self, v):
        self.v = v


w = WithNew(3)
print(w.made, w.v)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Managed(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(Managed(8).a)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth > 0 else None


def depth(n):
    d = 0
    while n.child is not None:
        n = n.child
        d += 1
    return d


print(depth(Node(50)))
try:
    Node(100000)
except RecursionError:
    print("RecursionError")


class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1


items = [Counter() for _ in range(1000)]
print(Counter.made, len(items), type(items[0]).__name__)
