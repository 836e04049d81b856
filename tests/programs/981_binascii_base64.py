# binascii and base64: hex and base64 both ways with CPython's errors, CRC-32; the heapq
# functions refuse what is not a list.
import base64
import binascii
import heapq

for data in [b"", b"f", b"fo", b"foo", b"foob", b"\x00\xff\x10 hello world", bytearray(b"xyz")]:
    encoded = base64.b64encode(data)
    print(encoded, base64.b64decode(encoded) == bytes(data), binascii.b2a_base64(data))
    print(binascii.hexlify(data), base64.b16encode(data), binascii.crc32(data))
print(binascii.hexlify(b"\x01\x02\x03", "-"), binascii.hexlify(b"abcdef", b":", 2))
print(binascii.unhexlify("0aFF"), binascii.a2b_hex(b"00"), binascii.crc32(b"hello", 12345))
print(binascii.a2b_base64("Zm9v\nYmFy"), binascii.a2b_base64(b"Zm9v===YmFy"), binascii.a2b_base64(b"Zm\x009v"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b64encode(b"\xfb\xff", altchars=b"*!"), base64.encodebytes(b"x" * 60))
print(base64.b16decode("0a0B", casefold=True), base64.decodebytes(b"eHl6\n"))
for bad in [lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"),
            lambda: binascii.a2b_base64(b"abc"), lambda: binascii.a2b_base64(b"abcde="),
            lambda: binascii.a2b_base64("é"), lambda: binascii.hexlify("str"),
            lambda: base64.b64decode(b"ab*d", validate=True), lambda: base64.b16decode("0g"),
            lambda: heapq.heappush((), 1), lambda: heapq.heapify("abc"), lambda: heapq.heapreplace([], 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
