# str.encode / bytes.decode with each error handler and codec, and their errors.
for s, enc, err in [("aÿéb", "ascii", "replace"), ("aÿéb", "ascii", "xmlcharrefreplace"), ("a✓", "latin-1", "namereplace"), ("😀", "ascii", "backslashreplace"), ("hé", "utf-16", "strict"), ("hé", "UTF_16_be", "strict"), ("hé", "utf-32-le", "strict")]:
    print(s.encode(enc, err))
for b, enc, err in [(b"a\xffb\xc3", "utf-8", "replace"), (b"a\xffb", "utf-8", "backslashreplace"), (b"a\xffb", "ascii", "ignore"), (b"\xff\xfeh\x00", "utf-16", "strict"), (b"h\x00i", "utf-16-le", "replace")]:
    print(repr(b.decode(enc, err)))
for call in [lambda: "aÿé".encode("ascii"), lambda: "x".encode("nope"), lambda: "ÿ".encode("ascii", "bogus"), lambda: b"a\xe2\x82".decode(), lambda: b"\xc3(".decode()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
