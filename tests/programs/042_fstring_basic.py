# f-strings: expressions, conversions, nesting.
name = "World"
n = 42
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{items} {items[0]} {len(items)} {sum(items)}")
print(f"{name!r} {name!s} {name.upper()} {name[::-1]}")
print(f"{{braces}} {n}")
print(f"{'nested' + ' ' + 'expr'}")
print(f"{3 if n > 10 else 4}")
d = {"a": 1}
print(f"{d['a']} {d}")
w = 8
print(f"[{name:>{w}}] [{n:0{w}d}]")
print(f"{(lambda x: x * 2)(5)}")
print(f"{'é'!a} {[1, 'x']!r}")
print(f"multi {n} " f"part {name}")
print(f"{n:}|{n!r:>5}|")
x = 3.5
print(f"{x=}", f"{n = }", f"{n*2=}", f"{name=!s}", f"{x=:.2f}")
