# isdigit/isalpha/isalnum/isspace/isupper/islower and friends.
samples = ["123", "abc", "abc123", "   ", "", "ABC", "abc ", "Abc", "½", "²", "٣", "é", "\t\n", "A1", "a_b", "Title Case"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isdecimal(), s.isnumeric(), s.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "if".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii())
print("hello\n".isprintable(), "hello".isprintable())
