# Dicts: insertion order, indexing, repr, update semantics.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"])
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 4
print(d)
print("a" in d, "z" in d, 2 in d, "z" not in d)
print({}, {1: {2: {}}}, {(1, 2): [3], None: None, 1.5: "f", True: "t"})
e = {1: "int", 1.0: "float", True: "bool"}
print(e)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("abc", range(3))))
d2 = {}
for word in "one two three two one two".split():
    d2[word] = d2.get(word, 0) + 1
print(d2)
print({"x": 1} == {"x": 1}, {"x": 1, "y": 2} == {"y": 2, "x": 1})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
