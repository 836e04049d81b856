# String indexing, negative indices and slicing with steps.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], len(s))
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:-100] == "")
print(s[2:9:3], s[-1:-6:-1])
for i in range(-3, 3):
    print(i, s[i])
try:
    s[12]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-13]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
print(s[slice(0, 5)], s[slice(None, None, -1)])
