# Nested dict/list structures: building, walking, and printing.
inventory = {
    "fruits": {"apple": {"qty": 5, "price": 0.5}, "pear": {"qty": 0, "price": 0.75}},
    "veg": {"carrot": {"qty": 12, "price": 0.1}},
}
inventory["veg"]["leek"] = {"qty": 3, "price": 1.2}
inventory["fruits"]["apple"]["qty"] -= 2
print(inventory)
for category in inventory:
    items = inventory[category]
    total = sum([v["qty"] * v["price"] for v in items.values()])
    print(category, len(items), round(total, 2))
in_stock = {name: info["qty"] for cat in inventory.values() for name, info in cat.items() if info["qty"] > 0}
print(in_stock)
def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            walk(v, path + "/" + str(k))
    else:
        print(path, "=", obj)
walk({"a": {"b": 1, "c": {"d": [1, 2]}}, "e": None})
tree = {}
for path in ["usr/bin/python", "usr/lib/x", "etc/hosts", "usr/bin/env"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
