# Built-in types in class patterns: bool, bytes, dict, float, frozenset, int, list, set, str
# and tuple match their single positional sub-pattern against the subject itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list(l):
            return f"list {l}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict {d}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return f"other {type(v).__name__}"


for v in [True, False, 0, 7, 2.5, float("nan"), "", b"", "hi", b"hi", [1, 2], [], (1, 2), (1, 2, 3),
          {"k": 3}, {}, frozenset({2, 1}), {3, 1}, None, range(2)]:
    print(kind(v))

# Keyword sub-patterns read attributes of built-in values.
match 5:
    case int(real=r, imag=i):
        print("real", r, "imag", i)

match "abc":
    case str(upper=u):
        print("bound method:", u())

# More than one positional sub-pattern is an error for these types.
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match "s":
        case str(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)

# Other built-in classes accept no positional sub-patterns.
try:
    match ValueError("x"):
        case ValueError(msg):
            pass
except TypeError as e:
    print("TypeError:", e)

match ValueError("boom"):
    case ValueError(args=(msg,)):
        print("ValueError with", msg)

match KeyError("k"):
    case LookupError():
        print("KeyError is a LookupError")
