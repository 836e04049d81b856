# Format specs: width, alignment, fill, sign, precision, grouping, types.
v = 1234567.891
s = "text"
i = -42
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:_^10}] [{s:.2}] [{s:>6.3}]")
print(f"[{i:10}] [{i:<10}] [{i:^10}] [{i:=10}] [{i:010}] [{i:+}] [{-i:+}] [{-i: }]")
print(f"{v:,.2f} {v:_.1f} {v:15,.3f}| {v:<15.1f}| {v:e}")
print(f"{12345:,d} {12345678:_d} {0:,} {-1000:,}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#b} {255:#o} {255:#x} {255:c}")
print(f"{65:c}{66:c}{67:c}")
print(f"{0.5:.0%} {1/3:.2%} {2:%}")
print(f"{3:.2f} {3:5.1f}|")
print(f"{True} {True:d} {True:>5}")
print(f"{None!s:>6}| {None!r}")
print(format("x", "^5"), format(3.0, "g"), format(10, "08.3f"))
for val in [0, 1.5, -2.25, 1e10, 1e-10]:
    print(f"{val:10.4g}|{val:<12.3e}|{val:+.1f}")
print(f"{'left':*<8}{'right':#>8}")
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
