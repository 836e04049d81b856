# copy.copy and copy.deepcopy of nested objects, with __copy__/__deepcopy__ hooks and shared references.
import copy


class Node:
    def __init__(self, name, children=None, meta=None):
        self.name = name
        self.children = children or []
        self.meta = meta or {}

    def __repr__(self):
        return f"Node({self.name}, {self.children}, {self.meta})"


class Tracked:
    copies = 0

    def __init__(self, data):
        self.data = data
        self.generation = 0

    def __copy__(self):
        Tracked.copies += 1
        new = Tracked(self.data)
        new.generation = self.generation + 1
        return new

    def __deepcopy__(self, memo):
        Tracked.copies += 1
        new = Tracked(copy.deepcopy(self.data, memo))
        new.generation = self.generation + 10
        return new

    def __repr__(self):
        return f"Tracked({self.data}, gen={self.generation})"


tree = Node("root", [Node("a", meta={"w": [1, 2]}), Node("b")], {"tags": ["x"]})
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].meta["w"].append(3)
tree.meta["tags"].append("y")
tree.children.append(Node("c"))
print(shallow)
print(deep)
print(shallow.children is tree.children, deep.children is tree.children, deep.children[0] is tree.children[0])

shared = [1, 2]
pair = [shared, shared, {"k": shared}]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[2]["k"] is dp[0], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, repr(cc))

t = Tracked([1, [2, 3]])
t2, t3 = copy.copy(t), copy.deepcopy(t)
t.data[1].append(4)
print(t, t2, t3, Tracked.copies)
box = {"items": [t]}
b2 = copy.deepcopy(box)
print(b2["items"][0] is not t, Tracked.copies, b2)

print(copy.copy([1, [2]])[1] is not None, copy.copy((1, 2)) == (1, 2), copy.deepcopy((1, 2)))
tup = (1, [2])
print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup, copy.deepcopy((1, 2)) is not None)
d = {"a": {"b": {"c": [1]}}}
d2 = copy.deepcopy(d)
d2["a"]["b"]["c"].append(2)
print(d, d2, copy.copy(d)["a"] is d["a"])
s = {1, 2}
fs = frozenset([3])
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(fs) == fs, copy.copy("str"), copy.deepcopy(None))


class Config:
    def __init__(self, **opts):
        self.__dict__.update(opts)

    def __eq__(self, other):
        return vars(self) == vars(other)


cfg = Config(debug=True, paths=["/a"], level=3)
cfg2 = copy.deepcopy(cfg)
print(cfg == cfg2, cfg.paths is cfg2.paths, sorted(vars(cfg2)))
cfg2.paths.append("/b")
print(cfg == cfg2, cfg.paths, cfg2.paths)
