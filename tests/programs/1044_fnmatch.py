# The fnmatch module: translate gives CPython's regular expressions; fnmatch, fnmatchcase and
# filter match names with *, ?, [seq], [!seq], ranges (reversed ranges match nothing).
import fnmatch

patterns = ["*.py", "a*b*c", "a*b", "*", "**", "?x[!a-c]", "[]]", "[!]]", "[a-", "[", "[z-a]",
            "a[b-d-f]x", "[\\]x", "a.b+c(d)", "*a*", "[a&&b]", "[a~~b]", "[a||b]", "x[^y]",
            "[--0]", "[a-c-e]", "[!-]", "*?*", "a**b", "[!z-a]", "[c-a-z]", "[b-ac-a]", "[-a]",
            "[a-]", "[!a-]", "[[]", "[^]", "", "*.[ch]", "data_??.csv", "[0-9][0-9]*"]
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

names = ["main.py", "setup.PY", "abc", "aXbYc", "ab", "b", "-", "]", "[", "[a-", "x", "yxd",
         "yxa", "a.b+c(d)", "z", "a", ".hidden", "foo.c", "foo.h", "foo.o", "data_01.csv",
         "data_1.csv", "42abc", "\n", "a\nb", "^", "&", "", "bxd"]
for p in patterns:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])

print(fnmatch.fnmatch("Main.PY", "*.py"), fnmatch.fnmatch("main.py", "*.py"), fnmatch.fnmatch("a/b", "a*"))
print(fnmatch.filter(names, "*.?"), fnmatch.filter(["x.txt", "y.TXT"], "*.txt"), fnmatch.filter([], "*"))
print(fnmatch.fnmatchcase(b"file.bin", b"*.bin"), fnmatch.filter([b"a1", b"b2"], b"[a-z]1"))
print(fnmatch.translate(".*"), fnmatch.fnmatch(".profile", "*"), fnmatch.fnmatch("a" * 50 + "b", "*a*a*a*c"))
try:
    fnmatch.fnmatch(3, "*")
except TypeError as e:
    print("TypeError", e)
