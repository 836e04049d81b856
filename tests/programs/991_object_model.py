# The class/type object model: object.__subclasshook__, an instance's __dict__ replaced
# or deleted, built-in types' immutability and docstrings, code objects' co_consts.


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    pass


class B(A):
    pass


# object.__subclasshook__: a class method answering NotImplemented to anything.
print(object.__subclasshook__())
print(object.__subclasshook__(1), object.__subclasshook__(1, 2))
print(A.__subclasshook__(B), B.__subclasshook__.__name__)
print(A.__subclasshook__.__self__ is A, object.__subclasshook__.__self__ is object)
show(lambda: object.__subclasshook__(x=1))
print(issubclass(B, A), issubclass(A, B))

# An instance's __dict__ replaced, deleted, refused.
a = A()
a.x = 1
a.__dict__ = {"y": 2}
print(a.__dict__, a.y, hasattr(a, "x"))
d = {"z": 3}
a.__dict__ = d
d["w"] = 4
print(a.w, a.__dict__ is d)
a.v = 5
print(d)
del a.__dict__
print(a.__dict__, hasattr(a, "z"))
a.u = 6
print(a.__dict__)
show(setattr, a, "__dict__", 1)
show(setattr, a, "__dict__", None)


class D(dict):
    pass


a.__dict__ = D(t=7)
print(a.t, a.__dict__)


def set_in_loop():
    # The same store site reached again and again (the attribute cache).
    objs = [A() for _ in range(3)]
    for i, o in enumerate(objs):
        o.__dict__ = {"n": i}
    print([o.n for o in objs])


set_in_loop()


class S:
    __slots__ = ("p",)


show(setattr, S(), "__dict__", {})

# Built-in types cannot be changed.
show(setattr, type, "__module__", "nope")
show(setattr, object, "__module__", "nope")
show(setattr, int, "spam", 1)
show(delattr, int, "__qualname__")
show(delattr, map, "__module__")
print(type.__doc__)
print(repr(object.__doc__))


# co_consts: a function's first constant is its docstring or None.
def g():
    "doc"
    return 1


def h():
    return None


def k(a):
    if a:
        return 1.5
    return "text"


print(g.__code__.co_consts, h.__code__.co_consts, k.__code__.co_consts)
print((lambda: 3).__code__.co_consts, type(g.__code__.co_consts).__name__)

# object.__subclasses__() holds the built-in types as well as the classes.
subs = object.__subclasses__()
print(type in subs, int in subs, BaseException in subs, A in subs, B in subs, Exception in subs)

# A class's __qualname__ is replaceable (a str only) but not deletable.
class Q:
    class Inner:
        pass


class Meta(type):
    pass


class R(metaclass=Meta):
    __qualname__ = "Given"


print(Q.Inner.__qualname__, R.__qualname__, R.__name__)
Q.Inner.__qualname__ = "Elsewhere.Inner"
R.__qualname__ = "Other"
print(Q.Inner.__qualname__, Q.Inner, R.__qualname__, R, Q.Inner.__name__)
print("__qualname__" in Q.Inner.__dict__, repr(Q.Inner()).split(" object")[0])
show(setattr, Q, "__qualname__", 123)
show(delattr, Q, "__qualname__")
show(setattr, R, "__qualname__", None)
show(delattr, R, "__qualname__")
