# Instances with __eq__/__hash__ as dict keys and set members (displays, comprehensions, methods, set()).
class K:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, K) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __repr__(self):
        return f"K({self.x})"


print(hash(K(1)) == hash(1), len({K(1), K(1), K(2)}), K(1) in {K(1): 0}, K(3) in [K(3)], K(2) in {K(1), K(2)})
d = {}
d[K(1)] = "a"
d[K(1)] = "b"
d[K(2)] = "c"
print(d, d[K(1)], d.get(K(2)), d.get(K(5), "none"), K(2) in d, len(d))
s = set()
for x in [1, 2, 2, 3, 1]:
    s.add(K(x))
print(sorted(s, key=lambda k: k.x), len(set([K(1), K(1)])), {K(i % 3): i for i in range(7)})
s.discard(K(2))
print(sorted(k.x for k in s), d.pop(K(1)), d)
visited = set()
frontier = [K(0)]
while frontier:
    node = frontier.pop()
    if node in visited:
        continue
    visited.add(node)
    frontier.extend(K((node.x * 3 + 1) % 10) for _ in range(2))
print(len(visited))


class Const:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

    def __hash__(self):
        return 7


print(len({Const(1), Const(2), Const(1)}))
from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    x: int
    y: int


print(len({P(1, 2), P(1, 2), P(2, 1)}), P(1, 2) in {P(1, 2): "here"})
