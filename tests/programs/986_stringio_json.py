# io.StringIO's newline argument and `newlines`; json.loads of bytes and bytearray in any
# UTF encoding, JSONDecoder, json.decoder.scanstring; the utf-32 and utf-8-sig codecs.
import io
import json


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- StringIO newline")
for newline in (None, "", "\n", "\r", "\r\n"):
    f = io.StringIO(newline=newline)
    f.write("a\r\nb\rc\nd")
    f.seek(0)
    print(repr(newline), repr(f.getvalue()), repr(f.newlines), f.readlines())

f = io.StringIO(newline=None)
print(f.newlines)
for piece in ("x\n", "y\r", "\n", "z\r\n"):
    f.write(piece)
    print(repr(piece), repr(f.newlines))
f = io.StringIO("one\rtwo\r\nthree", newline=None)
print(repr(f.newlines), repr(f.read()))
f.__init__("x\n", newline=None)
print(repr(f.newlines))
f = io.StringIO("p\rq\r\nr", newline="")
print(repr(f.newlines), list(f))
f.close()
show("closed newlines", lambda: f.newlines)
show("bad newline", lambda: io.StringIO(newline="x"))
show("bad newline type", lambda: io.StringIO(newline=3))
show("bad initial", lambda: io.StringIO(b"x"))

print("-- StringIO positions")
f = io.StringIO()
f.seek(3)
f.write("ab")
print(repr(f.getvalue()), f.tell())
show("seek whence", lambda: f.seek(0, 5))
show("seek negative", lambda: f.seek(-1))
show("seek cur", lambda: f.seek(1, 1))
print(f.seek(0, 2), f.seek(0, 1), f.seek(1))
show("truncate negative", lambda: f.truncate(-1))
print(f.truncate(), repr(f.getvalue()))
print(f.readline(), f.line_buffering)

print("-- json.loads of bytes")
for doc in (b"1", bytearray(b"[1, 2]"), b'{"a": "\xc3\xa9"}', b"\xef\xbb\xbf[true]",
            '"é"'.encode("utf-16"), '"é"'.encode("utf-16-le"), '"é"'.encode("utf-16-be"),
            "[null]".encode("utf-32"), "[null]".encode("utf-32-le"), "[null]".encode("utf-32-be"),
            "7".encode("utf-16-le"), "7".encode("utf-16-be")):
    show(repr(doc), lambda: json.loads(doc))
show("bad utf-8", lambda: json.loads(b"\xff"))
show("int", lambda: json.loads(3))
show("BOM in str", lambda: json.loads("\ufeff[1]"))
for name in ("utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"):
    print(name, "aé".encode(name), "aé".encode(name).decode(name))
show("utf-32 truncated", lambda: b"a\x00\x00\x00b\x00".decode("utf-32-le"))
show("utf-32 range", lambda: b"\x00\x00\x11\x00".decode("utf-32"))
show("utf-32 surrogate", lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
print(b"a\x00\x00\x00b\x00".decode("utf-32-le", "replace"))
show("utf-8-sig error", lambda: b"\xef\xbb\xbfa\xff".decode("utf-8-sig"))

print("-- JSON errors and the decoder")
for s in ('"\\uXYZW"', '"abc\\uZZZZ"', '"\\ud834\\u12"', '"ab\\q"', '"\\u12', '"\\', '"a\x01"', "[1] x"):
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos, e.lineno, e.colno)
print(json.decoder.scanstring('✨x"', 1))
print(json.decoder.scanstring('a\\u00e9b"c', 0))
print(json.decoder.scanstring('"\\ud834\\udd1e"', 1))
print(json.decoder.scanstring('a\x01"', 0, False))
show("scanstring unterminated", lambda: json.decoder.scanstring("abc", 0))
show("scanstring at end", lambda: json.decoder.scanstring("abc", 3))
show("scanstring out of bounds", lambda: json.decoder.scanstring("abc", 4))
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.JSONDecoder, json.JSONEncoder)
print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
d = json.JSONDecoder()
print(d.decode(" [1] "), d.raw_decode("[1] xx"), d.raw_decode('{"a": 2}'))
show("raw_decode space", lambda: d.raw_decode(" [1]"))
d = json.JSONDecoder(parse_float=str, parse_int=float, parse_constant=lambda c: c.lower(),
                     object_pairs_hook=list, strict=False)
print(d.decode('{"a": [1.5, 2, NaN, -Infinity, "t\tab"]}'))
print(json.loads('{"b": 1}', object_hook=lambda o: sorted(o.items())))


class Decoder(json.JSONDecoder):
    def decode(self, s):
        return ("custom", super().decode(s))


print(json.loads("[1]", cls=Decoder), json.loads("2", cls=Decoder, parse_int=str))
