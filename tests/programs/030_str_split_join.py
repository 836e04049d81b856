# split, rsplit and join.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a b c d".rsplit(None, 1), "a b c d".split(None, 1))
print("".split(), "".split(","), "   ".split())
print("one--two--three".split("--"))
print("x".join(["a", "b", "c"]), "".join(["a", "b"]), ", ".join([]))
print("-".join("abc"), " ".join([str(i) for i in range(5)]))
print("/".join(("usr", "local", "bin")))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("a\tb\nc d".split(maxsplit=1))
