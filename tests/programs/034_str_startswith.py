# startswith / endswith, including tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12))
print(s.endswith((".zip", ".gz")), s.startswith(("x", "y")))
print("".startswith(""), "abc".startswith(""), "abc".endswith("abc"))
print("abc".startswith("abcd"), "abc".endswith("zabc"))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)
files = ["a.py", "b.txt", "c.py", "d.PY"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.lower().endswith(".py")])
