# upper/lower/title/capitalize/swapcase/casefold.
words = ["hello world", "HELLO World", "they're bill's friends", "x", "", "123abc def", "ßtraße"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("ǅungla".capitalize(), "hello-world foo_bar".title())
print("Straße".casefold(), "Straße".lower())
print("MiXeD".swapcase().swapcase())
print("İ".lower(), len("İ".lower()))
