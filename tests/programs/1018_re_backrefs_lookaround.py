"""re: backreferences, look-ahead and look-behind, atomic groups, possessive repetitions and
conditional groups; and what finditer does after an empty match (a longer match at the same
place comes first)."""

import re

# Backreferences by number and by name.
print(re.findall(r"\b(\w+) \1\b", "it is is a test test case"))
print(re.sub(r"(?P<word>\w+) (?P=word)", r"\g<word>", "bye bye now now"))
quoted = re.compile(r"(?P<q>['\"])(.*?)(?P=q)")
print(quoted.findall("""say 'one' then "two" """), quoted.groups, quoted.groupindex)
print(re.fullmatch(r"(ab|c)\1*", "ababab"), re.fullmatch(r"(?i)(x)\1", "xX"))

# Look-ahead and look-behind.
print(re.findall(r"\w+(?=:)", "key: value, other: thing"))
print(re.findall(r"(?<=\$)\d+", "cost $15 or 20 or $7"))
print(re.findall(r"\b(?!un)\w+able\b", "readable unbeatable washable"))
print(re.sub(r"(?<=\d)(?=(?:\d{3})+$)", ",", "9876543210"))
print(re.split(r"(?<=[.?!])\s+", "One. Two? Three! Four"))
print([m.span(1) for m in re.finditer(r"(?=(aa))", "aaaa")])
print(re.search(r"(?<!-)\b\d+", "-5 and 6"))

# Atomic groups and possessive repetitions give nothing back.
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"), re.match(r"\d++0", "1000"))

# A conditional group: the closing bracket only if the opening one matched.
bracketed = re.compile(r"(\()?\d+(?(1)\))")
print([bracketed.fullmatch(s) is not None for s in ["(12)", "12", "(12", "12)"]])

# After an empty match the next may start there too, if it is longer.
print(re.findall("|x", "xx"), re.findall("y??", "yy"), re.sub("b*|c", "-", "abc"))
print(re.split(r"\b|:", "a:b"), [m.span() for m in re.finditer(r"(?:)|q", "q")])
print(re.match("(x*)+", "xx").groups(), re.match("(x|)+y", "xxy").groups())
