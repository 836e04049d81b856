# Formatting a text table with f-strings and str methods.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 199.99), ("Nut", 1000, 0.05)]
header = f"{'Item':<12}|{'Qty':>6}|{'Price':>9}|{'Total':>11}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}|{qty:>6,}|{price:>9.2f}|{total:>11,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<12}|{'':>6}|{'':>9}|{grand:>11,.2f}")
print(f"{'centered':^{len(header)}}")
for n in [1, 22, 333]:
    print(f"{n:03d} {n:>5} {n:<5}| {n:^7}| {n:+} {n:x} {n:o} {n:b} {n:e}")
print("%-10s|%6.2f|%5d" % ("pct", 12.3456, 42))
