"""Metaclass attributes seen through classes (methods, properties, classmethods,
staticmethods), a registry, __init_subclass__ keywords through a metaclass, __class__ cells."""

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)

    @property
    def kind(cls):
        return "registered " + cls.__name__

    def create(cls, *args):
        return cls(*args)


class Plugin(metaclass=Registry):
    kind_label = "plugin"
    def __init__(self, n=0):
        self.n = n

    def describe(self):
        return f"{type(self).__name__}({self.n})"


class Alpha(Plugin):
    def describe(self):
        return "alpha:" + super().describe()


class Beta(Plugin):
    kind = "overridden?"


print(Registry.classes)
print(Alpha.kind, Beta.kind, Plugin.kind)
print(Alpha.create(5).describe(), Beta.create().describe())
print(type(Alpha.create), type(Alpha().describe))
print(Beta().kind)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = mcs.__name__
        return type.__new__(mcs, name, bases, ns)
    def meta_only(cls):
        return "meta_only on " + cls.__name__
    @classmethod
    def meta_cm(mcs):
        return "classmethod of " + mcs.__name__
    @staticmethod
    def meta_sm(x):
        return x + 1


class Thing(metaclass=Meta):
    def meta_only(self):
        return "instance method wins on the class"


print(Thing.created_by, Thing.meta_cm(), Thing.meta_sm(1))
print(Thing.meta_only(Thing()))
print(hasattr(Thing, "meta_only"), hasattr(Thing(), "meta_cm"))


class InitSub:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class WithMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, kw)
        return super().__new__(mcs, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns, **kw)


class Root(InitSub, metaclass=WithMeta):
    pass


class Leaf(Root, color="red"):
    pass


class Cell(metaclass=Meta):
    def who(self):
        return __class__.__name__
    def sup(self):
        return super().__repr__()[:14]

print(Cell().who(), Cell().sup())
print(Meta.__name__, Meta.__bases__, Thing.__bases__, Thing.__mro__)
print(type(Meta), type(type), isinstance(Meta, type), isinstance(Thing, Meta), isinstance(Thing(), Meta))
print(callable(Thing), Thing.__name__, Thing.__qualname__)
