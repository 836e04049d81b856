"""re.compile refuses bad patterns with CPython's messages and positions (re.error's msg, pos,
lineno and colno), and accepts what CPython accepts."""

import re

patterns = [
    "a**", "a+*", "x??+?", "*start", "^*", "a|+b", "(?i)*", "(", "(a(b)", ")", "ab)", "[abc",
    "[]", "[z-a]", "[\\d-z]", "a{3,2}", "\\", "a\\", "\\q", "[\\A]", "\\x4g", "\\7", "(a)\\2",
    "(a\\1)", "(?P<1x>.)", "(?P<n>a)(?P<n>b)", "(?P=missing)", "(?Pq)", "(?<x)", "(?#note",
    "(?z)", "(?i", "a(?i)b", "(?i-i:a)", "(?(3)a)", "(?(1)a|b|c)", "(?<=a+)b", "a\n(b\nc",
    "a{,3}", "[]a]", "a{x}", "(?i)(?s)a.b", "(?x) a b # comment", "\\N{BULLET}", "a*+",
]
for pattern in patterns:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiles")
    except re.error as e:
        print(repr(pattern), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno)

try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError:", e)
try:
    re.compile(b"\\u00e9")
except re.error as e:
    print(e)
print(re.findall("\\N{BULLET}+", "a\u2022\u2022b"), re.findall("[\\N{DEGREE SIGN}C]+", "20\u00b0C"))
