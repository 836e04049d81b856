class A:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    def m(self):
        return "m"
a = A()
print(a.x)
print(a.m())
print(a.secret)
print(a.nothing)
class B(A):
    pass
b = B()
print(b.x)
class C:
    def __getattribute__(self, name):
        return 42
c = C()
print(c.anything, c.__class__)
class D:
    y = 5
    def __init__(self): self.z = 3
d = D()
print(d.y, d.z)
D.y = 6
print(d.y)
D.z = 9
print(d.z)
del d.z
print(d.z)
def f(self): return "f!"
D.z = property(f)
print(d.z)
d.__dict__['y'] = 100
print(d.y)


class Logged:
    def __init__(self):
        self.value = 10

    def __getattribute__(self, name):
        if name.startswith("v"):
            return super().__getattribute__(name) * 2
        return super().__getattribute__(name)


print(Logged().value)


# Attribute caches must notice a base class changing after instances were made.
class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.kind, c.who())
Base.kind = "changed"
Base.who = lambda self: "patched"
print(c.kind, c.who())
Child.who = lambda self: "child"
print(c.who())
c.who = lambda: "instance"
print(c.who())
del Child.who
del c.who
print(c.who())
