# A tiny language: lexer, recursive-descent parser to an AST, tree-walking evaluator and a stack-VM compiler.
# Exercises classes with inheritance, __repr__, recursion, re-based tokenizing, dict dispatch and exceptions.
import re
import random

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%()=<>,]))")


class ParseError(Exception):
    pass


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad char at {pos}: {src[pos]!r}")
        num, name, op = m.groups()
        if num:
            out.append(Token("num", num))
        elif name:
            out.append(Token("name", name))
        else:
            out.append(Token("op", op))
        pos = m.end()
    out.append(Token("eof", ""))
    return out


class Expr:
    def __repr__(self):
        fields = ", ".join(repr(v) for v in self.__dict__.values())
        return f"{type(self).__name__}({fields})"


class Num(Expr):
    def __init__(self, value):
        self.value = value


class Var(Expr):
    def __init__(self, name):
        self.name = name


class BinOp(Expr):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Neg(Expr):
    def __init__(self, operand):
        self.operand = operand


class Call(Expr):
    def __init__(self, func, args):
        self.func, self.args = func, args


class Parser:
    PREC = {"<": 1, ">": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3, "**": 4}

    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.next()
        if tok.text != text:
            raise ParseError(f"expected {text!r}, got {tok!r}")

    def parse(self):
        e = self.expr(0)
        if self.peek().kind != "eof":
            raise ParseError(f"trailing {self.peek()!r}")
        return e

    def expr(self, min_prec):
        left = self.unary()
        while True:
            tok = self.peek()
            prec = self.PREC.get(tok.text) if tok.kind == "op" else None
            if prec is None or prec < min_prec:
                return left
            self.next()
            right = self.expr(prec if tok.text == "**" else prec + 1)
            left = BinOp(tok.text, left, right)

    def unary(self):
        if self.peek().text == "-":
            self.next()
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        tok = self.next()
        if tok.kind == "num":
            return Num(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr(0))
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        raise ParseError(f"unexpected {tok!r}")


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a ** b,
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
}
FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}


def evaluate(node, env):
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        return env[node.name]
    if isinstance(node, Neg):
        return -evaluate(node.operand, env)
    if isinstance(node, BinOp):
        return OPS[node.op](evaluate(node.left, env), evaluate(node.right, env))
    if isinstance(node, Call):
        return FUNCS[node.func](*[evaluate(a, env) for a in node.args])
    raise TypeError(node)  # pgo: never reached


def compile_expr(node, code):
    if isinstance(node, Num):
        code.append(("push", node.value))
    elif isinstance(node, Var):
        code.append(("load", node.name))
    elif isinstance(node, Neg):
        compile_expr(node.operand, code)
        code.append(("neg", None))
    elif isinstance(node, BinOp):
        compile_expr(node.left, code)
        compile_expr(node.right, code)
        code.append(("bin", node.op))
    elif isinstance(node, Call):
        for a in node.args:
            compile_expr(a, code)
        code.append(("call", (node.func, len(node.args))))
    return code


def run_vm(code, env):
    stack = []
    push, pop = stack.append, stack.pop
    for op, arg in code:
        if op == "push":
            push(arg)
        elif op == "load":
            push(env[arg])
        elif op == "bin":
            b = pop()
            a = pop()
            push(OPS[arg](a, b))
        elif op == "neg":
            push(-pop())
        else:
            name, n = arg
            args = stack[-n:]
            del stack[-n:]
            push(FUNCS[name](*args))
    return stack.pop()


def random_expr(rng, depth):
    if depth == 0 or rng.random() < 0.2:
        r = rng.random()
        if r < 0.4:
            return str(rng.randint(1, 9))
        if r < 0.6:
            return f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"
        return rng.choice("xyz")
    kind = rng.random()
    if kind < 0.7:
        op = rng.choice(["+", "-", "*", "+", "-", "%", "<", ">"])
        return f"({random_expr(rng, depth - 1)} {op} {random_expr(rng, depth - 1)})"
    if kind < 0.8:
        return f"-{random_expr(rng, depth - 1)}"
    fn = rng.choice(["max", "min", "abs", "sum"])
    n = 1 if fn == "abs" else rng.randint(2, 3)
    return f"{fn}(" + ", ".join(random_expr(rng, depth - 1) for _ in range(n)) + ")"


def main():
    rng = random.Random(11)
    env = {"x": 3, "y": 7.5, "z": -2}
    total_tree = total_vm = 0.0
    errors = {"zero": 0, "parse": 0}
    instrs = 0
    for _ in range(1500):
        src = random_expr(rng, 5)
        ast = Parser(tokenize(src)).parse()
        code = compile_expr(ast, [])
        instrs += len(code)
        try:
            a = evaluate(ast, env)
            b = run_vm(code, env)
        except ZeroDivisionError:
            errors["zero"] += 1
            continue
        assert a == b, (src, a, b)
        total_tree += a
        total_vm += b
    for bad in ["1 +", "(2 * 3", "4 $ 5", "max(1, 2", ") 3"] * 40:
        try:
            Parser(tokenize(bad)).parse()
        except ParseError:
            errors["parse"] += 1
    sample = Parser(tokenize("2 ** 3 ** 2 - -x * max(y, 4)")).parse()
    print("tree total: %.6f" % total_tree, "vm total: %.6f" % total_vm, "instructions:", instrs)
    print("errors:", errors)
    print("sample:", evaluate(sample, env), repr(sample)[:70])


if __name__ == "__main__":
    main()
