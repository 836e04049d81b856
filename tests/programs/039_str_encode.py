# encode / decode.
s = "Grüße ✓"
b = s.encode()
print(b, len(b), type(b))
print(s.encode("utf-8") == b, b.decode() == s)
print("abc".encode("ascii"), "ÿ".encode("latin-1"))
try:
    "ÿ".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("ÿé".encode("ascii", "replace"), "ÿé".encode("ascii", "ignore"))
print("é".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffa".decode("latin-1"))
print(list("hé".encode("utf-8")))
print("𝄞".encode("utf-8"), len("𝄞".encode("utf-16-le")))
