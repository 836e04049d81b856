# array operators: == and ordering, + and *, in-place forms, slice assignment rules, copy.
from array import array
import copy

a = array("i", [1, 2, 3])
b = array("d", [1.0, 2.0, 3.0])
print(a == b, a != b, a == [1, 2, 3], a < array("i", [1, 2, 4]), a <= a, array("i", [2]) > b, array("i") < a)
print(a + array("i", [4]), a * 2, 2 * a, a * 0, a * -1)
c = a
c += array("i", [9])
c *= 2
print(c is a, a)
print(copy.copy(a), copy.deepcopy(a) == a, copy.copy(a) is a)
for bad in [lambda: a + [1], lambda: a + b, lambda: a * "x", lambda: a.__setitem__(slice(0, 1), [5]),
            lambda: a.__setitem__(slice(0, 1), b), lambda: a.__setitem__(slice(0, 4, 2), array("i", [1])),
            lambda: a.__iadd__([1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
a[0:2] = array("i")
print(a, len(a))
a[::2] = array("i", [0] * len(a[::2]))
print(a)


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples("d", [1, 2, 3, 4])
print(s.mean(), type(s).__name__, isinstance(s, array), s[1:3], s.typecode)
