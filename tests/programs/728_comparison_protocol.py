# `!=` follows object.__ne__: each side's own __ne__, or its inverted __eq__, before the
# other side is asked; `import __main__`; super() objects' repr.

class OnlyEq:
    def __eq__(self, other):
        print("OnlyEq.__eq__")
        return True


class OnlyNe:
    def __ne__(self, other):
        print("OnlyNe.__ne__")
        return "ne-result"


class Weird:
    def __eq__(self, other):
        return 7


class Refuses:
    def __eq__(self, other):
        return NotImplemented


print(OnlyEq() != OnlyNe())
print(OnlyNe() != OnlyEq())
print(Weird() != 1, 1 != Weird(), Weird() == None)
r = Refuses()
print(r != r, r != Refuses(), r == r)


class Base:
    def who(self):
        return super()


class Derived(Base):
    pass


print(Derived().who(), Base().who())

import __main__

print(__main__.Base is Base, __main__.__name__)
__main__.added = 5
print(added)
del __main__.added
print("added" in dir())
