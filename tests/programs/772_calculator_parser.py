# Tokenizer with re and a recursive-descent parser/evaluator for arithmetic with variables.
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%()=,]))")


class ParseError(Exception):
    pass


def tokenize(text):
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad character {text[pos:].lstrip()[0]!r} at {pos}")
        kind = m.lastgroup
        value = m.group(kind)
        out.append((kind, float(value) if "." in value else int(value)) if kind == "num" else (kind, value))
        pos = m.end()
    out.append(("end", None))
    return out


FUNCS = {"max": max, "min": min, "abs": abs}


class Parser:
    def __init__(self, tokens, env):
        self.toks, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, value=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1] == ("op", "="):
            name = self.take()[1]
            self.take("op", "=")
            self.env[name] = self.expr()
            result = (name, self.env[name])
        else:
            result = self.expr()
        self.take("end")
        return result

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%" and self.peek()[1] != "**":
            op = self.take()[1]
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            return self.take()[1]
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return FUNCS[value](*args)
            if value not in self.env:
                raise NameError(f"undefined variable {value}")
            return self.env[value]
        if (kind, value) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError(f"unexpected {value!r}")


env = {}
lines = ["1 + 2 * 3", "x = (1 + 2) * 3", "x ** 2 - -x", "2 ** 3 ** 2", "-2 ** 2", "y = x / 4",
         "y * 4 == x", "7 % 3 + 10 / 4", "max(1, x, 4) + min(2.5, y)", "abs(-7 - 3) * 1.5",
         "z + 1", "3 $ 4", "(1 + 2", "1.5 * 4", "10 / 0"]
for line in lines:
    try:
        print(f"{line:<28} => {Parser(tokenize(line), env).statement()!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a1=2.**b")[:4])
