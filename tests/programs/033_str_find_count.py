# find, rfind, index, rindex, count.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5))
print(s.index("c"), s.rindex("a"))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
print(s.find(""), s.rfind(""), "".find(""))
print(s.find("a", -3), s.count("a", -4, -1))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("aaa".count("aa"), "ababab".count("aba"))
print("bra" in s, "xyz" in s, "" in s, s not in "x")
