# __index__ wherever an int is expected; __round__, __divmod__, pow() with a modulus,
# __bytes__; what a class inherits from object; __subclasses__; own __doc__; gc.
import gc


class Three:
    def __index__(self):
        return 3


i = Three()
print([10, 20, 30, 40][i], "abcdef"[i:], "abcdef"[:i], list(range(10))[::i], (1, 2, 3, 4)[i])
print(bin(i), hex(i), oct(i), range(i), list(range(1, 10, i)), [0] * i, i * "ab", b"x" * i)
data = [0, 1, 2, 3, 4]
data[i] = "three"
del data[Three()]
print(data, round(2.71828, i))
try:
    [1][Three()]
except IndexError as e:
    print(e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        return f"round({ndigits})"

    def __divmod__(self, other):
        return divmod(self.cents, other)

    def __rdivmod__(self, other):
        return ("r", other)

    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)

    def __rpow__(self, base):
        return ("rpow", base)

    def __bytes__(self):
        return str(self.cents).encode()


m = Money(250)
print(round(m), round(m, 2), divmod(m, 100), divmod(7, m))
print(pow(m, 2), pow(m, 2, 5), pow(2, m), m ** 3, pow(base=2, exp=10), pow(3, 4, mod=5))
print(bytes(m))
for bad in [lambda: round(object()), lambda: divmod(object(), 1), lambda: bytes(object()), lambda: bytearray(m)]:
    try:
        bad()
    except TypeError as e:
        print(e)


class Animal:
    "Animals make sounds."


class Dog(Animal):
    pass


class Puppy(Dog):
    "Small."


print(Animal.__doc__, Dog.__doc__, Puppy.__doc__)
print(Dog.__init__ is object.__init__, Dog.__repr__ is object.__repr__, Dog.__eq__(Dog(), 1))
d = Dog()
Dog.__init__(d)
Dog.__setattr__(d, "name", "rex")
print(d.name, Dog.__hash__(d) == hash(d), Dog.__ne__(d, d))
print(Animal.__subclasses__(), Dog.__subclasses__(), Puppy.__subclasses__())


class CustomError(LookupError):
    pass


print(CustomError in LookupError.__subclasses__(), KeyError in LookupError.__subclasses__())
print(gc.collect(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
