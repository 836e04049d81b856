# isdigit/isalpha/isalnum/isspace/isupper/islower and friends.
samples = ["123", "abc", "abc123", "   ", "", "ABC", "abc ", "Abc", "½", "²", "٣", "é", "\t\n", "A1", "a_b", "Title Case"]
print("sample digit alpha alnum space upper lower decimal numeric title")
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
             s.isdecimal(), s.isnumeric(), s.istitle()]
    print(repr(s), " ".join(["T" if f else "." for f in flags]))
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "if".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii())
print("hello\n".isprintable(), "hello".isprintable(), "".isprintable())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aZ 9!"])
