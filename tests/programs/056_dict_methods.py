# get/setdefault/pop/popitem/update/keys/values/items/copy/clear/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 9, "b": 20})
d.update(y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c)
try:
    c.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
ks = d.keys()
d["late"] = 0
print(ks, len(ks), "late" in ks)
print(d.items(), d.values())
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m)
