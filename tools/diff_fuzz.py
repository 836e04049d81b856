#!/usr/bin/env python3
"""Differential fuzzer: random small Python programs run under python3 and pyglass, compared.

Each program is made from a seed (so `--seed S --count 1 --first N` makes program N again): some
variables, then statements over them (arithmetic with big ints, floats, division, modulo and
shifts; strings, their methods, slicing and formatting; lists, dicts, sets and tuples;
comprehensions; control flow; functions; exceptions), each in a `try` that prints the type and
text of any exception, so one error does not hide the rest. Both interpreters run it; their
stdout, the exception type on stderr's last line, and the exit status are compared.

A program that differs is cut down to the statements that still differ and saved in the
output directory (default target/diff_fuzz) with both outputs. A difference whose program
matches a pattern of tools/diff_fuzz_known.txt is known (listed there with its reason) and is
reported but does not fail; the exit status is 1 if any other difference was found.

    python3 tools/diff_fuzz.py --seconds 120            # as CI runs it
    python3 tools/diff_fuzz.py --seed 7 --count 500
"""

import argparse
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KNOWN = os.path.join(ROOT, "tools", "diff_fuzz_known.txt")

NAMES = ["a", "b", "c", "d", "e"]
INTS = ["0", "1", "-1", "2", "3", "7", "-7", "10", "255", "-256", "2**31", "2**63 - 1", "-2**63", "2**64",
        "10**20", "-10**25 + 3", "123456789012345678901234567890", "True", "False"]
SMALL = ["0", "1", "2", "3", "5", "7"]
FLOATS = ["0.0", "-0.0", "0.1", "1.5", "-2.5", "3.14159", "1e300", "-1e-300", "2.0**0.5", "1e16", "0.5",
          "float('inf')", "-float('inf')", "123.456"]
STRS = ["''", "'a'", "'abc'", "'Hello, World'", "'  padded  '", "'a,b,,c'", "'MiXeD cAsE'", "'12345'",
        "'tab\\there'", "'line1\\nline2\\n'", "'é✓日本'", "'ß'", "'x' * 5", "'%s-%d'", "'{}:{}'", "'aXbXc'"]
INT_OPS = ["+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "/"]
FLOAT_OPS = ["+", "-", "*", "/", "//", "%", "**"]
CMP_OPS = ["<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"]
STR_METHODS = ["upper()", "lower()", "title()", "capitalize()", "swapcase()", "casefold()", "strip()",
               "lstrip('a ')", "rstrip('c ')", "split()", "split(',')", "rsplit(',', 1)", "splitlines()",
               "partition(',')", "rpartition('X')", "replace('a', 'ZZ')", "replace('', '-')", "find('b')",
               "rfind('a')", "index('a')", "count('a')", "count('')", "startswith('a')", "endswith(('c', 'd'))",
               "center(15, '*')", "ljust(8)", "rjust(8, '.')", "zfill(8)", "expandtabs(4)", "isdigit()",
               "isalpha()", "isspace()", "istitle()", "isidentifier()", "encode()", "join(['x', 'y', 'z'])",
               "removeprefix('a')", "removesuffix('c')", "format(1, 'two')"]
FORMAT_SPECS = ["", ">10", "<6", "^9", "+", "08.3f", ".2e", ",", "_", "x", "#o", "b", ".3g", "%", "10.4",
                "*^12", "#x", "e", ".0f", "n", "c", "s", "d"]
LIST_METHODS = ["append(4)", "extend([5, 6])", "insert(1, 'i')", "pop()", "pop(0)", "remove(1)", "index(2)",
                "count(1)", "reverse()", "sort()", "sort(reverse=True)", "clear()", "copy()"]
DICT_METHODS = ["get('k')", "get('z', 0)", "setdefault('n', [])", "pop('k')", "pop('q', None)",
                "update(k=9)", "keys()", "values()", "items()", "popitem()", "copy()"]
EXCEPTIONS = ["ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "RuntimeError"]


class Gen:
    """Random expressions and statements over the variables a-e."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, items):
        return self.r.choice(items)

    def number(self):
        return self.pick(INTS + FLOATS) if self.r.random() < 0.7 else self.pick(NAMES)

    def arith(self, depth=0):
        if depth > 2 or self.r.random() < 0.3:
            return self.number()
        kind = self.r.randrange(8)
        if kind < 4:
            return f"({self.arith(depth + 1)} {self.pick(INT_OPS + FLOAT_OPS)} {self.arith(depth + 1)})"
        if kind == 4:
            return f"{self.pick(['-', '~', '+', 'not '])}{self.arith(depth + 1)}"
        if kind == 5:
            fn = self.pick(["abs", "int", "float", "round", "bool", "hash", "str", "repr", "hex", "oct", "bin"])
            return f"{fn}({self.arith(depth + 1)})"
        if kind == 6:
            fn = self.pick(["divmod", "pow", "round", "max", "min", "complex"])
            return f"{fn}({self.arith(depth + 1)}, {self.arith(depth + 1)})"
        return f"({self.arith(depth + 1)} {self.pick(CMP_OPS[:6])} {self.arith(depth + 1)})"

    def string(self, depth=0):
        if depth > 1 or self.r.random() < 0.4:
            return self.pick(STRS) if self.r.random() < 0.8 else self.pick(NAMES)
        kind = self.r.randrange(7)
        s = self.string(depth + 1)
        if kind == 0:
            return f"{s}.{self.pick(STR_METHODS)}"
        if kind == 1:
            return f"{s}[{self.slice()}]"
        if kind == 2:
            return f"({s} + {self.string(depth + 1)})"
        if kind == 3:
            return f"format({self.number()}, {self.pick(FORMAT_SPECS)!r})"
        if kind == 4:
            return f"f'{{{self.number()}:{self.pick(FORMAT_SPECS)}}}|{{{s}!r}}'"
        if kind == 5:
            return f"('%s|%r|%5.2f|%x' % ({s}, {s}, {self.number()}, {self.number()}))"
        return f"'{{0}}/{{1!r:>8}}'.format({s}, {self.number()})"

    def slice(self):
        bound = lambda: self.pick(["", "0", "1", "-1", "2", "-3", "10", "a", "None"])
        parts = [bound(), bound()]
        if self.r.random() < 0.4:
            parts.append(self.pick(["1", "2", "-1", "-2", "0", "3"]))
        return ":".join(parts) if self.r.random() < 0.8 else self.pick(["0", "-1", "2", "5"])

    def container(self, depth=0):
        kind = self.r.randrange(9)
        item = lambda: self.any(depth + 1)
        if kind == 0:
            return f"[{', '.join(item() for _ in range(self.r.randrange(5)))}]"
        if kind == 1:
            return f"({', '.join(item() for _ in range(self.r.randrange(4)))},)"
        if kind == 2:
            return f"{{{', '.join(f'{self.pick(STRS + INTS)}: {item()}' for _ in range(self.r.randrange(4)))}}}"
        if kind == 3:
            # Small ints only: the order of other sets differs (see diff_fuzz_known.txt).
            return f"{{{', '.join(self.pick(SMALL) for _ in range(1 + self.r.randrange(4)))}}}"
        if kind == 4:
            return f"[{self.arith(2)} for {self.pick(NAMES)} in range({self.r.randrange(-2, 6)}) if {self.pick(NAMES)} != 3]"
        if kind == 5:
            return f"{{k: v for k, v in zip({self.string(1)}, range(5))}}"
        if kind == 6:
            return f"sorted({self.pick(['[3, 1, 2]', repr('hello'), '{2, 1}', '[-1, 1, 0]', 'a'])}, key={self.pick(['abs', 'str', 'lambda x: -x', 'repr'])})"
        if kind == 7:
            # Iterators are listed: their own repr shows an address, which pyglass leaves out.
            fn = self.pick(["list", "tuple", "sorted", "list(reversed", "list(enumerate", "len", "sum", "any", "all"])
            return f"{fn}({self.any(depth + 1)}){')' if fn.startswith('list(') else ''}"
        return f"({self.any(depth + 1)})[{self.slice()}]"

    def any(self, depth=0):
        if depth > 2:
            return self.pick(INTS + STRS + NAMES)
        return self.pick([self.arith, self.string, self.container])(depth + 1)

    def statement(self):
        kind = self.r.randrange(16)
        x, y = self.pick(NAMES), self.pick(NAMES)
        if kind < 5:
            return [f"print(repr({self.any()}))"]
        if kind == 5:
            return [f"{x} = {self.any()}", f"print(repr({x}))"]
        if kind == 6:
            return [f"{x} = [1, 2, 3, 2]", f"print({x}.{self.pick(LIST_METHODS)}, {x})"]
        if kind == 7:
            return [f"{x} = {{'k': 1, 'm': [2]}}", f"print({x}.{self.pick(DICT_METHODS)}, {x})"]
        if kind == 8:
            op = self.pick(["|", "&", "-", "^", "<=", ">="])
            return [f"print({{1, 2, 3}} {op} {{{self.pick(SMALL)}, 2}})"]
        if kind == 9:
            return [f"for i, v in enumerate({self.any()}):",
                    f"    if i > 5: break",
                    f"    if v == {self.pick(INTS + STRS)}: continue",
                    f"    print(i, repr(v))",
                    f"else:",
                    f"    print('done')"]
        if kind == 10:
            return [f"n = {self.r.randrange(0, 8)}", "while n > 0:", f"    n -= {self.pick(['1', '2', '3'])}",
                    f"    {x} = ({x}, n) if n % 2 else {self.arith(2)}", f"print(n, repr({x}))"]
        if kind == 11:
            return [f"def f(p, q={self.number()}, *args, **kw):",
                    f"    return p {self.pick(INT_OPS)} q, args, sorted(kw.items())",
                    f"print(f({self.any()}, {self.any()}, 3, k={self.number()}))"]
        if kind == 12:
            return [f"def g(n):", f"    for i in range(n):", f"        yield i * {self.number()}",
                    f"print(list(g({self.r.randrange(5)})), sum(g(3)))"]
        if kind == 13:
            exc = self.pick(EXCEPTIONS)
            return [f"try:", f"    raise {exc}({self.any()})", f"except {exc} as err:",
                    f"    print(type(err).__name__, repr(err), str(err))", f"finally:", f"    print('finally')"]
        if kind == 14:
            return [f"{x}, *{y} = {self.container()}", f"print(repr({x}), repr({y}))"]
        return [f"{x} = {self.container()}", f"{x}[{self.slice()}] = {self.container()}", f"print(repr({x}))"]


def program(seed):
    """The statements of program `seed`: each a list of lines."""
    g = Gen(random.Random(seed))
    blocks = [[f"{name} = {g.any()}"] for name in NAMES]
    blocks += [g.statement() for _ in range(g.r.randrange(5, 15))]
    return blocks


def render(blocks):
    """Each block in a try that prints the exception, so the next block still runs."""
    out = []
    for block in blocks:
        out.append("try:")
        out += ["    " + line for line in block]
        out.append("except Exception as exc:")
        out.append("    print(type(exc).__name__, exc)")
    return "\n".join(out) + "\n"


def run(cmd, path):
    """(stdout, last line's exception type on stderr, status), or None on a timeout."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    try:
        done = subprocess.run(cmd + [path], capture_output=True, timeout=10, env=env)
    except subprocess.TimeoutExpired:
        return None
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
    # An exception's line is "Name: text" or "Name" (a warning's last line is source text).
    last = re.match(r"([A-Za-z_][\w.]*)(:|$)", lines[-1]) if lines else None
    return done.stdout.decode("utf-8", "replace"), last.group(1) if last else "", done.returncode


def differs(blocks, work, python, pyglass):
    """Both outcomes if the program of `blocks` behaves differently, else None."""
    path = os.path.join(work, "current.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(render(blocks))
    expected = run(python, path)
    if expected is None:
        return None
    got = run(pyglass, path)
    return (expected, got) if got != expected else None


def reduce(blocks, work, python, pyglass):
    """Drop blocks (the variable assignments too) while the program still differs."""
    i = 0
    while i < len(blocks) and len(blocks) > 1:
        fewer = blocks[:i] + blocks[i + 1:]
        if differs(fewer, work, python, pyglass):
            blocks = fewer
        else:
            i += 1
    return blocks


def known_patterns():
    """(regex, reason) of every known difference."""
    patterns = []
    if os.path.exists(KNOWN):
        for line in open(KNOWN, encoding="utf-8"):
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                regex, _, reason = line.partition("  # ")
                patterns.append((re.compile(regex), reason))
    return patterns


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--first", type=int, default=0, help="the number of the first program")
    parser.add_argument("--count", type=int, default=None, help="how many programs (default: until --seconds)")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "diff_fuzz"))
    parser.add_argument("--python", default="python3")
    parser.add_argument("--pyglass", default=os.path.join(ROOT, "target", "release", "pyglass"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    python, pyglass = [args.python], [args.pyglass, "run", "--no-cache"]
    patterns = known_patterns()
    start, tried, new, known = time.time(), 0, [], []
    n = args.first
    while (args.count is None and time.time() - start < args.seconds) or (args.count is not None and tried < args.count):
        blocks = program(args.seed * 1_000_003 + n)
        tried += 1
        if differs(blocks, args.out, python, pyglass):
            blocks = reduce(blocks, args.out, python, pyglass)
            text = render(blocks)
            expected, got = differs(blocks, args.out, python, pyglass) or (None, None)
            reason = next((why for regex, why in patterns if regex.search(text)), None)
            name = os.path.join(args.out, f"diff_{args.seed}_{n}.py")
            with open(name, "w", encoding="utf-8") as f:
                f.write(text)
                f.write(f"# python3: {expected!r}\n# pyglass: {got!r}\n")
            (known if reason else new).append(name)
            print(f"{'known' if reason else 'NEW'} difference in program {n}: {name}" + (f" ({reason})" if reason else ""))
        n += 1
    print(f"diff fuzz: {tried} programs tried in {time.time() - start:.0f} s, "
          f"{len(new)} new differences, {len(known)} known")
    sys.exit(1 if new else 0)


if __name__ == "__main__":
    main()
