# translate/maketrans, isupper etc., str(), misc.
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(table2))
table3 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(table3))
print(str(), str(1), str([1, "a"]), str(None), str(str))
print("a-b-c".count("-"), "abc".index("c"))
print("x".join(map(str, range(4))))
print("Hello".ljust(3), "  x ".isspace())
print("%s|%s" % ("a".upper(), "B".lower()))
words = "the cat sat on the mat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(" ".join([w.capitalize() for w in words]))
print("".join(reversed("stressed")))
print("abc".__len__(), "abc".__contains__("b"), "ab".__add__("cd"))
