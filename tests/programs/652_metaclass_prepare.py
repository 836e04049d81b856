"""__prepare__: the class body runs in the mapping it returns (dict subclasses that record
or refuse names, a dict with injected names, __getitem__ overrides, a non-mapping)."""

class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, kw)
        return Recorder()

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls


class Form(metaclass=Ordered, debug=1):
    b = 1
    a = 2
    def c(self): pass
    b = 3


print(Form.order, Form.b)


class NoDup(dict):
    def __setitem__(self, key, value):
        if key in self:
            raise TypeError(f"duplicate name {key!r}")
        super().__setitem__(key, value)


class Strict(type):
    def __prepare__(name, bases):
        return NoDup()


try:
    class Bad(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)


class Injecting(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"injected": 10, "helper": lambda v: v * 3}


class Uses(metaclass=Injecting):
    y = helper(injected)

print(Uses.y, Uses.injected)


class Lazy(dict):
    def __missing__(self, key):
        raise KeyError(key)
    def __getitem__(self, key):
        if key == "magic":
            return 99
        return super().__getitem__(key)


class LazyMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Lazy()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))


class Magic(metaclass=LazyMeta):
    value = magic + 1
    other = len("abc")

print(Magic.value, Magic.other)


class Bad2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5

try:
    class Z(metaclass=Bad2):
        pass
except TypeError as e:
    print("TypeError:", e)
