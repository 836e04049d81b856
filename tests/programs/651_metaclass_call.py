"""A metaclass __call__ controls instantiation: singletons, counters, type.__call__,
metaclasses made by type(), calling a metaclass directly."""

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init Config", value)
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value, c2.value)


class Counted(type):
    count = 0
    def __call__(cls, *args):
        Counted.count += 1
        obj = type.__call__(cls, *args)
        obj.serial = Counted.count
        return obj

class P(metaclass=Counted):
    def __init__(self, a):
        self.a = a

ps = [P(i) for i in range(3)]
print([(p.a, p.serial) for p in ps])

M2 = type("M2", (Meta,), {})
class C(metaclass=M2):
    pass
print(type(C).__name__, C.tag)

X = Meta("X", (), {"z": 9})
print(X, X.z, X.tag)
