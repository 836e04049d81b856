# partition / rpartition and splitlines.
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines())
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("a\nb".split("\n"), "a\nb\n".split("\n"))
