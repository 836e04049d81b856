# OR patterns try each alternative in turn; `as` binds the value matched by a sub-pattern.
def f(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [x, 0] | [0, x]:
            return f"pair with zero and {x}"
        case (a, b) | [a, b, _] | {"a": a, "b": b}:
            return f"a={a} b={b}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [(1 | 2) as first, *rest]:
            return f"first {first} rest {rest}"
        case {"k": (int() | float()) as num} as whole:
            return f"number {num} in {whole}"
        case _:
            return "other"


for v in [1, 2, 3, 4, [5, 0], [0, 6], [0, 0], (7, 8), [9, 10, 11], {"a": 12, "b": 13}, "s", b"b",
          [1, 2, 3], [2], {"k": 1.5}, {"k": "x"}]:
    print(repr(v), "->", f(v))

# Alternatives may bind the same names in different orders.
for v in [(1, "x"), ("y", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# Nested alternatives with captures.
for v in [[1, [2, 3]], [1, (4, 5)], [[6], 7]]:
    match v:
        case [1, [a, b] | (b, a)] | [[a], b]:
            print("a", a, "b", b)

# Group patterns are just parentheses.
match 5:
    case (((5))):
        print("grouped five")

# A wildcard as the last alternative is allowed (it makes the pattern irrefutable).
match 9:
    case 1 | _:
        print("1 | _ matched 9")

# as binds after the sub-pattern matched; failed alternatives bind nothing.
match [3, 4]:
    case [1 as one, _] | [_, 4 as one]:
        print("one =", one)
