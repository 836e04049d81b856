# re: a `{` that opens no counted repetition is a plain character (as sre_parse reads it), and
# matches from a position report CPython's spans, groups, pos and endpos, on ASCII and
# non-ASCII subjects alike.
import re

print("-- literal braces")
for pattern in [r"{%", r"{x}", r"a{", r"a{,", r"x{1,2", r"a{}", r"a{ 2}", r"{", r"}", r"a}", r"\{2}"]:
    p = re.compile(pattern)
    print(repr(pattern), p.findall("a{ 2} {% x{1,2 a{}a{,{x}{2}"))
print(re.findall(r"{(\w+)}", "a {b} {c}"))
print(re.sub(r"{{(\w+)}}", r"<\1>", "{{name}} is {{age}}"))
print(re.split(r"[{}]", "a{b}c"))
print(re.findall(r"[{}]+", "x{{}}y"))
print(re.findall(r"\d{2}-{x}", "12-{x} 3-{x}"))

print("-- counted repetitions")
for pattern in [r"a{2}", r"a{2,}", r"a{,2}", r"a{,}", r"a{1,3}", r"a{0}", r"a{1,2}?", r"(?:ab){2}"]:
    print(repr(pattern), re.findall(pattern, "aaaaa abab"))
for pattern in [r"{2}", r"a{3,2}"]:
    try:
        re.compile(pattern)
    except re.error:
        print(repr(pattern), "re.error")
verbose = re.compile(r"""
    (\d{1,3})   # up to three digits {like this
    \s* {       # then a literal brace
""", re.VERBOSE)
print(verbose.findall("12 { 345{"))

print("-- match and search from a position")
TOK = re.compile(r"\s*(?:(\d+)|([a-zé]+)|(.))")
for src in ["abc 123 + x", "abé 12 + ünï 7"]:
    pos, tokens = 0, []
    while pos < len(src):
        m = TOK.match(src, pos)
        tokens.append((m.lastindex, m.group(m.lastindex), m.span(), m.span(m.lastindex)))
        pos = m.end()
    print(tokens)

text = "héllo wörld, hello world"
word = re.compile(r"\w+")
for args in [(), (3,), (-5,), (100,), (2, 9), (9, 2), (0, -3), (6, 6), (6, 11), (0, 5), (13, 100)]:
    m = word.search(text, *args)
    print("search", args, m and (m.span(), m.group(), m.pos, m.endpos))
    m = word.match(text, *args)
    print("match", args, m and (m.span(), m.group(), m.pos, m.endpos))
    m = word.fullmatch(text, *args)
    print("fullmatch", args, m and (m.span(), m.group(), m.pos, m.endpos))
    print("finditer", args, [(m.span(), m.group(), m.pos, m.endpos) for m in word.finditer(text, *args)])
    print("findall", args, word.findall(text, *args))

print(re.fullmatch(r"a|ab", "ab"), re.compile(r"é|éa").fullmatch("xéa", 1))
print(re.compile(r"\w+  # a word", re.VERBOSE).fullmatch("mot"))
print(re.compile(r"wörld$").search(text, 0, 11))
print(re.compile(r"^wörld").search(text, 6))
print(re.compile(r"^wörld").match(text, 6))
print(re.compile(r"\bllo").match(text, 2), re.compile(r"\Bllo").match(text, 2).span())
print(re.compile(r"o\b").search("foo€bar").span())
print(re.compile(r"(?P<k>\w)(?P<v>\d)?").match("xé5y", 1).groupdict())
m = re.compile(r"(ü+)(x)?(ë)").search("aaüüëb")
print(m.span(), m.span(1), m.span(2), m.span(3), m.start(3), m.end(1), m.groups(), m.groups("-"), m)

print("-- sub, split, finditer on non-ASCII text")
s = "ça fait 3€, ça fait 15€ ou 7 €"
print(re.sub(r"(\d+)\s*€", r"\1 euros", s))
print(re.subn(r"ç", "c", s))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), s))
print(re.split(r"[,€]\s*", s))
print(re.split(r"(ç)", s, maxsplit=1))
print([(m.start(), m.group()) for m in re.finditer(r"[^\x00-\x7f]", s)])
print(re.findall(r"", "éa"), re.sub(r"x*", "-", "éxa"))
long_text = "αβγ " * 300 + "end"
print(re.search(r"end", long_text).span(), len(re.findall(r"β", long_text)), re.compile(r"γ").search(long_text, 1000).span())
