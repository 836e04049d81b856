# Constant folding as CPython 3.11's AST optimizer does it: what lands in co_consts,
# identity of folded constants, the size limits that leave an operation to the run, and
# operations that raise at run time rather than at compile time.


def consts(f):
    return [c for c in f.__code__.co_consts if type(c).__name__ != "code"]


def unary():
    return -1, +2, ~3, not 0, not "", -1.5, -(-2), -True, ~False, -(1j)


def binary():
    return 2 ** 10, 7 // 2, 7 / 2, 7 % 3, 1 << 4, 256 >> 2, 6 | 1, 6 & 3, 6 ^ 3, 1 + 2.5, 3 - 4j


def sequences():
    return "ab" * 3, b"xy" * 2, (1, 2) * 2, "a" + "b", (1,) + (2, 3), "abc"[1], (4, 5, 6)[-1], b"ab"[0]


def nested():
    return (1, (2, -3), ("x", None, ...)), ((), ((),))


def left_to_the_run():
    # Too big to fold, a str format, a matrix product, negative repeats and shifts.
    return len("x" * 5000), 2 ** 200 > 0, (1 << 200) > 0, "%s!" % "hi", (1,) * 300 != (), "a" * -1, 2 ** -1


def searched(x):
    return x in [1, 2, 3], x not in {4, 5}, x in ["a", -1], [y for y in [1, -2]], {z for z in (3, 4)}


for f in (unary, binary, sequences, nested, left_to_the_run):
    print(f.__name__, consts(f))
    print("  ->", f())
print("searched", consts(searched), searched(2), searched(-1))

for q in [10, 20]:
    print("loop", q)

t = (1, 2)
print("same tuple constant:", t is (1, 2), (1, 2) is t, -1 is -1)

def raises(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return "a" + 1
    if kind == 2:
        return 1 << -1
    return (1, 2)[5]

for kind in range(4):
    try:
        raises(kind)
    except Exception as e:
        print(type(e).__name__, e)
print(consts(raises))
print(-0.0, 0.0, (-0.0, 0.0), -0.0 == 0.0)
print(repr(-2 ** 2), (-2) ** 2, 2 ** -2)
