# set(g) and frozenset(g) of generators: members as they come, unhashable items raising at
# once (before the generator goes on), members equal by Python code, iteration order.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v % 3)
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v % 3 == other.v % 3
    def __repr__(self):
        return f"K({self.v})"

def noisy(items):
    for x in items:
        print("yield", x)
        yield x
    print("done")

print(sorted(set(x * x % 7 for x in range(20))))
print(set(x for x in [5, 3, 100, 6, 25, 12, 50, 1, 2, 77]))
print(sorted(frozenset(x for x in "hello world")))
print(len(set(str(i) for i in range(1000))))
try:
    set(noisy([1, 2, [3], 4]))
except TypeError as e:
    print("TypeError", e)
try:
    frozenset(noisy([{}, 1]))
except TypeError as e:
    print("TypeError", e)
print(sorted(set(noisy([K(1), K(2), K(4), K(5)])), key=lambda k: k.v))
print(sorted(set(noisy([1, K(7), 2, K(4), 3])), key=repr))
print(set(x for x in ()))
print(set(x for x in [(1, 2), (1, 2), (2, 1), None, True, 1, 1.0, 0, False]))
s = set(i for i in range(100))
s.add(1000)
print(len(s), 1000 in s, type(frozenset(i for i in range(3))).__name__)
d = {K(1): "one"}
d[K(4)] = "four"
print(d, K(7) in d, d.get(K(10)))
