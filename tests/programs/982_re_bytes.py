# Regular expressions over bytes: a bytes pattern on bytes, bytearray and memoryview
# subjects gives bytes back (groups, findall, split, sub with a template or a function);
# mixing str and bytes is CPython's TypeError.
import re

p = re.compile(rb"(\w+)=(\d+)")
m = p.search(b"  key=42 other=7")
print(m, m.group(), m.groups(), m.group(1), m.span(2), m.expand(rb"\2:\1"))
print(p.findall(b"a=1 b=22 c=x"), re.findall(rb"\d", bytearray(b"a1b2")))
print(re.split(rb"[,;]\s*", b"one, two;three"), re.split(rb",", bytearray(b"x,y")))
print(re.sub(rb"(\d+)", rb"<\1>", b"a1b22"), re.subn(rb"a", b"A", memoryview(b"banana")))
print(re.sub(rb"\d", lambda m: str(int(m.group()) * 2).encode(), b"1 2 3"))
print(re.match(rb"a+?", b"aaa"), re.fullmatch(rb"[\x00-\x7f]+", b"ascii"), re.match(rb"\w", b"\xe9"))
print(re.escape(b"a.b*c"), re.compile(b"x", re.I), re.compile(b"x").flags, re.compile("x").flags)
print(re.search(rb"(?P<word>[a-z]+)", b"123abc").groupdict(), re.findall(rb"(a)(b)?", b"ab a"))
for bad in [lambda: re.search(rb"a", "a"), lambda: re.search("a", b"a"), lambda: re.sub(rb"a", "b", b"a"),
            lambda: re.compile(bytearray(b"a"))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(re.findall(r"\w+", "café naïve", re.ASCII), re.findall(r"\w+", "café"), re.findall(r"[\d\s]+", "a 12 b", re.A))
for subject in [b"xa", b"a"]:
    try:
        re.sub(rb"a", "b", subject)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub("a", b"b", "xa")
except TypeError as e:
    print("TypeError:", e)
