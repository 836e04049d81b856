# bytearray: construction, mutation, slices, operators, shared bytes methods.

print(bytearray(), bytearray(3), bytearray(b"hi"), bytearray([65, 66, 67]))
print(bytearray("héllo", "utf-8"), bytearray(range(3)))
for args in [("text",), (-1,), ([300],), (["x"],), (1, "utf-8"), (object(),)]:
    try:
        bytearray(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

buf = bytearray(b"abcdef")
buf[0] = 65
buf[-1] = ord("F")
print(buf, buf[1], buf[-2], buf[1:4], buf[::2], len(buf))
buf[1:3] = b"XYZ"
print(buf)
buf[::2] = [49, 50, 51, 52]
print(buf)
del buf[0]
del buf[-2:]
print(buf)
for bad in [lambda: buf.__setitem__(0, 256), lambda: buf.__setitem__(99, 1), lambda: buf.__setitem__(slice(0, 1), 5)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

grow = bytearray()
grow.append(1)
grow.extend(b"\x02\x03")
grow.extend([4, 5])
grow.insert(0, 0)
grow.insert(-1, 9)
print(grow, grow.pop(), grow.pop(0), grow)
grow.remove(9)
grow.reverse()
print(grow, grow.copy(), grow.copy() is grow)
grow.clear()
print(grow, bool(grow))
for bad in [lambda: grow.pop(), lambda: grow.remove(1), lambda: grow.append(None), lambda: grow.extend(3)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

alias = bytearray(b"ab")
same = alias
alias += b"cd"
alias *= 2
print(same, same is alias)
print(bytearray(b"x") + b"y", b"y" + bytearray(b"x"), bytearray(b"ab") * 2, 3 * bytearray(b"z"))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), list(bytearray(b"hi")))
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError", e)
try:
    bytearray() + "s"
except TypeError as e:
    print("TypeError", e)

text = bytearray(b"  Hello, World  ")
print(text.strip(), text.lower(), text.split(b","), text.replace(b"l", b"L"))
print(text.find(b"o"), text.count(ord("l")), text.startswith(b"  H"), text.partition(b","))
print(bytearray(b"-").join([b"a", bytearray(b"b")]), bytearray(b"abc").hex(), bytearray(b"caf\xc3\xa9").decode())
print(bytes(bytearray(b"copy")), bytearray(b"%d-%s") % (4, b"x"), isinstance(text, bytearray))
print(type(bytearray(b"a").upper()).__name__, bytearray.count(bytearray(b"aaa"), b"a"))
