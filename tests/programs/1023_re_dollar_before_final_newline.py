# `$` outside re.MULTILINE matches at the end and also just before a newline that ends
# the text; under MULTILINE before every newline.
import re

print(re.findall(r"\d$", "line 7\n"))
print(re.findall(r"\d$", "line 7\nline 8"))
print(re.search(r"end$", "the end\n"))
print(re.search(r"end$", "the end\n\n"))
print(re.findall(r"$", "ab\n"))
print(re.findall(r"(?m)\w+$", "one\ntwo\nthree\n"))
print(re.sub(r"x$", "Y", "axx\n"))
print(re.split(r"\s*$", "words  \n"))
print(re.fullmatch(r"abc$", "abc\n"))
print(re.match(r"a.*$", "abc\n").group())
print(bool(re.compile(r"^\w+$").match("token\n")))
print([m.span() for m in re.finditer(r"z*$", "zz\n")])
