# bytearray mutation: item and slice assignment, deletion, and the list-like methods.
b = bytearray(b"abcdef")
b[0] = 65
b[-1] = ord("F")
print(b)
b[1:3] = b"XYZ"
print(b)
b[::2] = bytearray(len(b[::2]))
print(b)
b[2:4] = [1, 2, 3]
print(b)
del b[0]
del b[1:3]
print(b)
del b[::2]
print(b)
b = bytearray(b"xyz")
b.append(33)
b.extend(b"!!")
b.extend([63, 63])
b.extend(x for x in b"ab")
print(b)
print(b.pop(), b.pop(0), b)
b.insert(0, 42)
b.insert(100, 43)
b.insert(-1, 44)
print(b)
b.remove(33)
b.reverse()
print(b, b.copy(), b.copy() is b)
alias = b
alias += b"++"
print(alias is b, b)
b.clear()
print(b, len(b))
for bad in [lambda: b.pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256),
            lambda: bytearray(b"a").append("a"), lambda: bytearray().extend(3), lambda: bytearray(b"ab").pop(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
c = bytearray(b"ab")
for index, value in [(0, -1), (slice(0, 1), 5), (5, 1), (0, "a"), (slice(0, 1), ["a"])]:
    try:
        c[index] = value
    except Exception as e:
        print(type(e).__name__ + ":", e)
