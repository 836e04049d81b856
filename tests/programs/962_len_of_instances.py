# len() of instances whose __len__ is a Python function: results, checks, errors, tracebacks.
import sys
import traceback


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Defaulted:
    def __len__(self, extra=5):
        return extra


class Failing:
    def __len__(self):
        raise KeyError("inside __len__")


class Recursive:
    def __len__(self):
        return len(self)


class Subclass(Sized):
    pass


class ListChild(list):
    pass


class Counted:
    calls = 0

    def __len__(self):
        Counted.calls += 1
        return Counted.calls


for value in [0, 3, True, False, 2**40]:
    print("len", value, len(Sized(value)))
for bad in [-1, "3", 2.5, None, 2**80]:
    try:
        print("len", bad, len(Sized(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print("defaulted", len(Defaulted()))
print("subclass", len(Subclass(7)))
print("list child", len(ListChild([1, 2, 3])))
print("counted", [len(Counted()) for _ in range(4)])
try:
    len(Failing())
except KeyError:
    print(traceback.format_exc().replace(__file__, "FILE"))
sys.setrecursionlimit(60)
try:
    len(Recursive())
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


def gen():
    for n in range(3):
        yield len(Sized(n)) + len(Sized(10))


print("generator", list(gen()))
obj = Sized(4)
print("truth", bool(obj), bool(Sized(0)), "in if:", "yes" if Sized(2) else "no")
total = 0
for i in range(1000):
    total += len(Sized(i))
print("total", total)
