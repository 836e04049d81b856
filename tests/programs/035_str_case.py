# upper/lower/title/capitalize/swapcase/casefold.
words = ["hello world", "HELLO World", "they're bill's friends", "x", "", "123abc def", "ßtraße"]
for w in words:
    print(repr(w))
    print("  upper:", w.upper(), "| lower:", w.lower())
    print("  title:", w.title(), "| capitalize:", w.capitalize(), "| swapcase:", w.swapcase())
print("ǅungla".capitalize(), "hello-world foo_bar".title(), "o'neil mc2x".title())
print("Straße".casefold(), "Straße".lower(), "ΣΑΣ".lower(), "ﬁne".upper())
print("MiXeD".swapcase().swapcase(), "MiXeD".upper().isupper(), "MiXeD".lower().islower())
print("İ".lower(), len("İ".lower()))
print("ABC".lower() == "abc", "abc".upper() == "ABC", "Abc".istitle())
names = ["ada LOVELACE", "alan turing", "GRACE hopper"]
print([n.title() for n in names])
print(sorted(names, key=str.casefold))
