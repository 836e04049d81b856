# Attributes read from classes themselves (Class.name), cached per class: static methods,
# functions, plain values, class methods, descriptors, properties, metaclasses, changes
# after a read; bound-method equality.
class Base:
    LIMIT = 10
    def plain(self):
        return "plain"
    @staticmethod
    def helper(a, b):
        return a + b
    @classmethod
    def make(cls):
        return cls.__name__

class Child(Base):
    pass

class Desc:
    def __get__(self, obj, owner):
        return ("desc", obj, owner.__name__)

class WithDesc:
    d = Desc()
    @property
    def p(self):
        return 1

class Meta(type):
    def __getattr__(cls, name):
        return "meta:" + name
    extra = "from meta"

class M(metaclass=Meta):
    own = 1

def reads():
    out = []
    for i in range(3):
        out.append((Base.LIMIT, Child.LIMIT, Base.helper(i, 1), Child.helper(1, i), Base.make(), Child.make()))
        out.append((Base.plain(Child()), Child.plain is Base.plain, Base.make == Base.make, Base.make is Base.make))
        out.append((WithDesc.d, type(WithDesc.p).__name__, M.own, M.extra, M.missing))
        if i == 0:
            Base.LIMIT = 20
        if i == 1:
            Child.LIMIT = 30
            Base.helper = staticmethod(lambda a, b: a * b)
    del Child.LIMIT
    out.append(Child.LIMIT)
    try:
        Base.nothing
    except AttributeError as e:
        out.append(str(e))
    Base.nothing = "now"
    out.append(Child.nothing)
    out.append((Base.__name__, Child.__qualname__, Child.__base__.__name__, Base.__doc__))
    return out

for line in reads():
    print(line)
class P:
    def m(self):
        return 1
p, q = P(), P()
print(p.m == p.m, p.m == q.m, p.m != p.m, P.m == P.m, {p.m: 1}.get(p.m), p.m.__self__ is p)
