# bool values, arithmetic with bools, truthiness.
print(True, False, type(True), type(False))
print(True + True, True * 10, False - 1, -True)
print(int(True), str(False), repr(True))
print(isinstance(True, int), issubclass(bool, int))
for v in [0, 1, -1, 0.0, 0.1, "", "a", " ", [], [0], (), (None,), {}, {1: 2}, set(), None, range(0), range(1)]:
    print(repr(v), bool(v))
print(not True, not 0, not "x", not None)
print(bool("False"), bool("0"))
print(True == 1, True != 2)
print(sum([True, True, False, True]))
print(True and 3, False or "x")
print(hash(True) == hash(1))
