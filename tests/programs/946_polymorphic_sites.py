# Attribute and method sites that see instances of several classes in turn, while
# classes change under them: methods replaced, shadowed by instance attributes,
# properties added, and attributes set in different orders.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def value(self):
        return self.v

    def name(self):
        return self.kind


class A(Base):
    kind = "a"

    def value(self):
        return self.v * 2


class B(Base):
    kind = "b"


class C(Base):
    def __init__(self, v):
        self.w = -v
        self.v = v

    def value(self):
        return self.v + self.w + 100


def run(objs):
    out = []
    for o in objs:
        out.append((o.name(), o.value(), o.v, o.kind))
    return out


objs = [A(1), B(2), A(3), B(4), C(5), Base(6), A(7), C(8)]
print(run(objs))
print(run(objs))

# A method replaced on one class: the other classes' entries stay right.
A.value = lambda self: -self.v
print(run(objs))

# An instance attribute shadowing a method on one instance only.
objs[1].name = lambda: "shadowed"
print(run(objs))
del objs[1].name
print(run(objs))

# A property on a base class replaces a plain class attribute.
Base.kind = property(lambda self: "prop-" + type(self).__name__)
print(run(objs))
del Base.kind
try:
    print(run([Base(1)]))
except AttributeError as e:
    print("AttributeError:", e)
print(run([A(1), B(2), A(3)]))


def total(items, rounds):
    s = 0
    for _ in range(rounds):
        for o in items:
            s += o.value()
            o.v += 1
    return s


print(total([A(1), B(1)], 50), total([A(1), B(1), C(1)], 50), total([B(2), B(3)], 10))
