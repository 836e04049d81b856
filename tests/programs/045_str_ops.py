# in, concatenation, multiplication, comparison, iteration.
s = "banana"
print("nan" in s, "x" in s, "" in s, "ban" not in s)
print(s + "s", s * 2, 2 * "ab", "ab" * 0, "ab" * -3 == "")
print("abc" < "abd", "abc" < "ab", "B" < "a", "a" == "a", "a" != "A")
print(max("hello"), min("hello"), sorted("hello"))
print(list("abc"), tuple("ab"), set("aa") == {"a"})
for i, ch in enumerate("xyz"):
    print(i, ch)
acc = ""
for ch in "hello":
    acc = ch + acc
print(acc)
t = "abc"
t += "def"
t *= 2
print(t)
print(len(""), len("a" * 100))
print(str(123) + "4", "5" + str(6.0))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print(ord("a"), chr(97), ord("A") - ord("a"))
