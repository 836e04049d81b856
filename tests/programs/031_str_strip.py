# strip, lstrip, rstrip, removeprefix, removesuffix.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhixy".strip("xy"), "abcba".strip("ab"))
print("www.example.com".lstrip("cmowz."), "www.example.com".rstrip("cmowz."))
print(repr("".strip()), repr("   ".strip()))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("abc".removeprefix("x"), "abc".removesuffix(""))
print(repr("\u3000wide\u3000".strip()))
lines = ["  a  ", "b  ", "  c"]
print([x.strip() for x in lines])
