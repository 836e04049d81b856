# bytes methods: argument types, int needles, results, and formatting with %.

data = b"hello world"
print(data.find(111), data.rfind(111), data.count(108), data.index(b"w"))
print(data.find(b"o", 5), data.find(b"o", 1, 4), data.count(b""), b"".count(b""))
for call in [
    lambda: data.find("o"),
    lambda: data.split("o"),
    lambda: data.startswith("h"),
    lambda: data.center(20, "*"),
    lambda: data.strip("h"),
    lambda: data.replace("l", b"L"),
    lambda: b",".join([b"a", "b"]),
    lambda: data.index(b"zz"),
    lambda: data.find(256),
    lambda: "text".rstrip(b"t"),
    lambda: ",".join(["a", b"b"]),
]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(data.center(15, b"*"), data.startswith((b"x", b"he")), data.split(None, 1))
same = b"unchanged"
print(same.strip() is same, same.replace(b"q", b"r") is same)
print(b"%s|%b|%r|%a|%d|%5.1f" % (b"s", bytearray(b"b"), b"r", "a", 7, 2.25))
for template, value in [(b"%s", "str"), ("%b", 1), ("%y", 1)]:
    try:
        print(template % value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"ab" * -1, -2 * b"ab", 2 * b"ab")
try:
    del (1)[0]
except TypeError as e:
    print(e)
try:
    del "ab"[0]
except TypeError as e:
    print(e)
