# Inventory system: frozen, ordered dataclasses, sorting by several keys, and reports.
from dataclasses import dataclass, field, replace, asdict, FrozenInstanceError
from collections import defaultdict


@dataclass(order=True, frozen=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: tuple = field(default=(), compare=False, repr=False)

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass
class Warehouse:
    name: str
    items: list = field(default_factory=list)

    def add(self, item):
        for i, old in enumerate(self.items):
            if old.sku == item.sku:
                self.items[i] = replace(old, qty=old.qty + item.qty)
                return self.items[i]
        self.items.append(item)
        return item

    def remove(self, sku, qty):
        for i, old in enumerate(self.items):
            if old.sku == sku:
                if old.qty < qty:
                    raise ValueError(f"only {old.qty} of {sku} left, wanted {qty}")
                self.items[i] = replace(old, qty=old.qty - qty)
                return self.items[i]
        raise KeyError(sku)

    def total(self):
        return round(sum(i.value for i in self.items), 2)


w = Warehouse("north")
w.add(Item("B-200", "bolt", 0.25, 400, ("metal", "small")))
w.add(Item("A-100", "anvil", 120.0, 3, ("metal", "heavy")))
w.add(Item("C-050", "cable", 4.5, 60, ("copper",)))
w.add(Item("A-090", "axe", 35.99, 12, ("metal", "tool")))
print(w.add(Item("B-200", "bolt", 0.25, 100)))
print(w.remove("C-050", 15))
for bad in [("C-050", 1000), ("Z-999", 1)]:
    try:
        w.remove(*bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

print("by sku:", [i.sku for i in sorted(w.items)])
print("by value desc:", [(i.sku, i.value) for i in sorted(w.items, key=lambda i: i.value, reverse=True)])
print("by name len then price:", [i.name for i in sorted(w.items, key=lambda i: (len(i.name), -i.price))])
print("min/max:", min(w.items).sku, max(w.items).sku)
print("A-100 < B-200:", Item("A-100", "x", 1) < Item("B-200", "y", 2))
print("eq ignores name:", Item("A-100", "x", 1.0) == Item("A-100", "other", 9.0))

try:
    w.items[0].qty = 5
except FrozenInstanceError as e:
    print("frozen:", e)

by_tag = defaultdict(list)
for it in w.items:
    for t in it.tags:
        by_tag[t].append(it.sku)
for tag in sorted(by_tag):
    print(f"{tag:>8}: {', '.join(sorted(by_tag[tag]))}")

print(asdict(w.items[0]))
print(f"total value: {w.total():,.2f}")
print(f"{'SKU':<6}|{'NAME':^8}|{'QTY':>5}|{'VALUE':>9}")
for it in sorted(w.items):
    print(f"{it.sku:<6}|{it.name:^8}|{it.qty:>5d}|{it.value:>9.2f}")
print(len({w.items[0], replace(w.items[0], qty=1)}), hash(w.items[0]) == hash(replace(w.items[0], name="q")))
