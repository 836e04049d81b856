# sum() of a generator: items added as they come (an instance's __add__/__radd__ called
# between the generator's steps), ints past 64 bits, floats, complex, bools, errors.
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("add", self.v, o if not isinstance(o, A) else ("A", o.v)); return A(self.v + (o.v if isinstance(o, A) else o))
    def __radd__(self, o):
        print("radd", self.v, o); return A(self.v + o)
def gen(items):
    for x in items:
        print("gen", x if not isinstance(x, A) else ("A", x.v))
        yield x
print(sum(x for x in [1, 2, 3]))
print(sum(x for x in [1.5, 2, 3]))
print(sum(x for x in [2**62, 2**62, 2**62, -5]))
print(sum(x for x in [True, True, 3]))
print(sum(x for x in []))
r = sum(gen([1, A(2), 3, A(4)]))
print(r.v)
try:
    sum(gen([1, "a", 3]))
except TypeError as e:
    print("TE", e)
try:
    sum(gen(["a", "b"]))
except TypeError as e:
    print("TE", e)
print(sum(x for x in [1j, 2, 0.5]))
def bad():
    yield 1
    raise ValueError("x")
try:
    sum(bad())
except ValueError as e:
    print("VE", e)
print(sum(x for x in [[1]] if False))
try:
    print(sum(x for x in [[1], [2]]))
except TypeError as e:
    print("TE", e)
