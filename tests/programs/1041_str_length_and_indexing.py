# len() and indexing of str: ASCII text, accented and astral characters, negative and
# out-of-range indexes, slices, and strings made by operations (the length is counted once
# per str and must stay right for every str made afterwards).

texts = ["", "a", "hello", "héllo", "日本語テキスト", "a\U0001F600b", "\x00\x7f\x80", "e\u0301"]
for t in texts:
    print(repr(t), len(t), [t[i] for i in range(len(t))], [t[-i] for i in range(1, len(t) + 1)])
    print(" ", t[1:], t[::-1], t[::2], repr(t[len(t) // 2:]))

s = "abcdefghij" * 1000
total = 0
i = 0
while i < len(s):
    if s[i] in "aeiou":
        total += i
    i += 1
print(total, len(s), s[-1], s[5000], s[9999])

u = "é" + s
print(len(u), u[0], u[1], u[-1], u[5000], len(u[1:]), len(u + u), len(u * 3))

for bad in (len(s), -len(s) - 1, 10 ** 20):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError", e)

parts = "x,yé,z".split(",")
print([len(p) for p in parts], [p[-1] for p in parts], "".join(parts)[3], len("".join(parts)))
print(len(str(12345)), str(12345)[2], len(repr("é")), repr("é")[1], len(f"{3.5:>8}"), f"{'é':*^5}"[2])
print(sorted({"b": 1, "é": 2, "a": 3})[2][0], max("hello"), min("héllo"), "é" < "f", "abc"[1:][0])
