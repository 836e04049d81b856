# Method calls: built-in methods, module functions, functions stored as attributes,
# methods taken from types, and the order of errors (attribute looked up before arguments).
import sys


def noisy(x):
    print("evaluated", x)
    return x


words = "b a c".split()
words.sort()
print(words, "-".join(words), str.upper("x"), "{}!".format(words.pop()))
sys.stdout.write("written\n")
f = lambda: 1
f.helper = lambda n: n * 2
print(f.helper(21), (1).bit_length(), (2.5).is_integer(), b"ab".hex())
d = {"k": 1}
print(d.get("k"), d.get("z", noisy(0)), d.setdefault("n", []).append(3), d)
try:
    words.nope(noisy(1))
except AttributeError as e:
    print("AttributeError:", e)
try:
    sys.nope(noisy(2))
except AttributeError as e:
    print("AttributeError:", e)
try:
    words.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__add__()
except TypeError as e:
    print("TypeError:", e)
print("done".upper().lower().title())
sys.exit(words.index("b") + 3)
