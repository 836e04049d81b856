# Sequence patterns: lists, tuples and ranges match; str, bytes, dicts and sets do not.
def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [x, y, *rest] if len(rest) > 2:
            return f"long: {x}, {y}, +{len(rest)}"
        case (x, y, z):
            return f"three: {x}, {y}, {z}"
        case _:
            return "other"


for s in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(3), range(6), "ab", "abc",
          b"ab", {1: 2}, {1, 2}, 12, range(0)]:
    print(repr(s), "->", shape(s))

# Star patterns capture a list, whatever the sequence type.
for s in [(1, 2, 3, 4, 5), [1], range(4), (9, 8)]:
    match s:
        case [first, *middle, last]:
            print("first", first, "middle", middle, "last", last, type(middle).__name__)
        case [*everything]:
            print("everything", everything)

# Starred wildcards pick items by index.
for s in [[1, 2, 3, 4], (5, 6), [7]]:
    match s:
        case [a, *_, b]:
            print("ends", a, b)
        case [*_, c]:
            print("last", c)

match [1, 2, 3]:
    case [*_, 2, _]:
        print("second to last is 2")

match (1, 2, 3):
    case [1, *_]:
        print("starts with 1")

match [0, [1, [2, [3]]]]:
    case [a, [b, [c, [d]]]]:
        print("nested", a, b, c, d)

# Open sequences and parenthesised forms.
match 1, 2:
    case a, b:
        print("open sequence", a, b)

match (3, 4):
    case (a, *b):
        print("tuple", a, b)

match [5]:
    case (x,):
        print("single", x)

match "hello":
    case [*letters]:
        print("a str is a sequence?", letters)
    case str(s):
        print("strings do not match sequence patterns:", s)
