# A mappingproxy compares as its mapping does: each operator is the mapping's own (or the
# other operand's reflected one), and the result comes back unchanged.
import operator
from types import MappingProxyType


class Verdict:
    def __init__(self, name):
        self.name = name

    def __bool__(self):
        raise RuntimeError("not to be made a bool")

    def __repr__(self):
        return f"Verdict({self.name})"


def answer(name):
    def method(self, other):
        return Verdict(name)

    return method


class Judge:
    __eq__ = answer("eq")
    __ne__ = answer("ne")
    __lt__ = answer("lt")
    __le__ = answer("le")
    __gt__ = answer("gt")
    __ge__ = answer("ge")


class JudgingDict(Judge, dict):
    pass


for op in (operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge):
    print(op.__name__, op(MappingProxyType(JudgingDict()), {}), op(MappingProxyType({}), Judge()))

m = MappingProxyType({"a": 1})
print(m == {"a": 1}, m != {"a": 1}, m != {"a": 2}, m == MappingProxyType({"a": 1}))
for op in (operator.lt, operator.ge):
    try:
        op(m, {})
    except TypeError as e:
        print("TypeError:", e)
