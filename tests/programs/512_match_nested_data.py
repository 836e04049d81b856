# Nested patterns over a small expression tree, the way match statements are used in practice.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case Neg(Neg(x)):
            return simplify(x)
        case BinOp(op, left, right):
            return BinOp(op, simplify(left), simplify(right))
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return e


def show(e):
    match e:
        case Num(value=v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"


def evaluate(e):
    match e:
        case Num(v):
            return v
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")


tree = BinOp("+", BinOp("*", Num(1), Neg(Neg(Num(7)))), BinOp("*", Num(3), BinOp("+", Num(0), Num(4))))
print(show(tree), "=", evaluate(tree))
small = simplify(tree)
print(show(small), "=", evaluate(small))
print(show(simplify(BinOp("*", Num(5), Num(0)))))

# JSON-like data.
events = [
    {"type": "click", "pos": [10, 20], "button": "left"},
    {"type": "click", "pos": (0, 0)},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": "x", "mods": []},
    {"type": "scroll", "delta": -3.5},
    {"type": "resize", "size": {"w": 800, "h": 600}},
    {"kind": "unknown"},
]
for ev in events:
    match ev:
        case {"type": "click", "pos": [x, y], "button": "left" | "right" as b}:
            print(f"{b} click at {x},{y}")
        case {"type": "click", "pos": (0, 0)}:
            print("click at the origin")
        case {"type": "key", "key": k, "mods": [_, *_] as mods}:
            print(f"{'+'.join(mods)}+{k}")
        case {"type": "key", "key": str(k)}:
            print("key", k)
        case {"type": "scroll", "delta": float(d) | int(d)} if d < 0:
            print("scroll up", -d)
        case {"type": "resize", "size": {"w": int(w), "h": int(h)}}:
            print(f"resize {w}x{h}")
        case {"type": t}:
            print("unhandled", t)
        case other:
            print("not an event:", other)
