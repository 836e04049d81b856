# %-formatting and str.format with __str__/__repr__ of Python classes; __eq__ without __hash__ makes a class unhashable.
class N:
    def __repr__(self):
        return "N!"


class S:
    def __str__(self):
        return "S-str"


print("%s %r" % (N(), N()), "%s" % N(), "%s|%r" % (S(), N()), "%-6s|" % S())
print("{} {!s}".format(N(), N()), "{0}-{0}".format(S()), "{x}".format(x=N()))


class E:
    def __eq__(self, other):
        return True


print(E.__hash__)
try:
    hash(E())
except TypeError as e:
    print(e)
try:
    {E(): 1}
except TypeError as e:
    print(e)
