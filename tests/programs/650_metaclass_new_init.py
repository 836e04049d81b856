"""Metaclasses deriving from type: __new__/__init__ with keywords, metaclass methods,
properties and special methods applied to the class object, type() of classes."""

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def hello(cls):
        return f"hello from {cls.__name__}"

    @property
    def upper(cls):
        return cls.__name__.upper()

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def __len__(cls):
        return 42

    def __iter__(cls):
        return iter([1, 2, 3])

    def __getitem__(cls, key):
        return key * 2

    def __contains__(cls, x):
        return x == "yes"

    def __or__(cls, other):
        return (cls.__name__, other.__name__)


class A(metaclass=Meta):
    x = 1
    def method(self):
        return "method"


class B(A, flag=True):
    y = 2


print(type(A), type(B))
print(type(A) is Meta, isinstance(A, Meta), isinstance(A, type), isinstance(B, Meta))
print(A.tag, B.tag, A.hello(), B.upper)
print(repr(A), str(B), A)
print(len(A), list(A), A[21], "yes" in A, "no" in B)
print(A | B)
print(A().method(), isinstance(A(), A), type(A()).__name__)
print(A.__class__, Meta.__class__)
print(issubclass(Meta, type), Meta.__mro__)
try:
    A().hello()
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(bool(A), [x for x in B])
print(sorted(k for k in vars(B) if not k.startswith("__")))
