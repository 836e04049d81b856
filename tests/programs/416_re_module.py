# re: search/match/fullmatch, groups and names, findall/finditer, sub/subn with templates and functions, split, flags, escape, errors.
import re
m = re.search(r"(\d+)-(\d+)", "order 12-345 shipped")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(), m)
print(re.match(r"\w+", "hello world").group(), re.match(r"world", "hello world"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"x(y)?", "xy x"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.subn("a", "b", "banana"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(-)", "1-2-3"))
p = re.compile(r"(?P<key>\w+):\s*(?P<value>\d+)", re.IGNORECASE)
m = p.search("Width: 100px")
print(m.group("key"), m["value"], m.groupdict(), p.groups, p.groupindex, p.pattern, p)
print([m.group() for m in re.finditer(r"[A-Z]", "aBcDeF")], re.escape("a.b*c"), re.search("^b", "a\nb", re.M).start())
print(re.findall(r"é\w", "café éa ée"), re.search(r"(a)|(b)", "b").groups(), re.search(r"(a)|(b)", "b").lastindex)
print(bool(re.match("", "x")), re.sub("", "-", "ab"), re.findall(r"\b\w", "hi there"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error")
