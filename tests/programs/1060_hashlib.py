# hashlib: every guaranteed algorithm on bytes, bytearray and memoryview data; update, copy,
# digest sizes, names, hashlib.new, SHAKE lengths, pbkdf2_hmac, and the errors CPython gives.
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
messages = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 5]
for name in sorted(hashlib.algorithms_guaranteed):
    for message in messages:
        h = hashlib.new(name, message)
        if name.startswith("shake"):
            print(name, h.hexdigest(20), len(h.digest(100)))
        else:
            print(name, h.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size)

# Feeding in pieces, copies that go their own way, and every kind of buffer.
h = hashlib.sha256(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest())
print(hashlib.md5(memoryview(b"abcdef")[1:4]).hexdigest() == hashlib.md5(b"bcd").hexdigest())
m = hashlib.sha1()
for i in range(1000):
    m.update(str(i).encode())
print(m.hexdigest())
print(hashlib.md5(string=b"a").hexdigest(), hashlib.md5(b"a", usedforsecurity=False).hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("md5", data=b"a").hexdigest())
print(hashlib.blake2b(b"a").hexdigest()[:16], hashlib.sha3_256(b"a").hexdigest()[:16])
print(type(hashlib.md5()).__name__, type(hashlib.blake2s()).__name__)
print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
print(repr(hashlib.blake2b()).startswith("<_blake2.blake2b object at 0x"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 30).hex())
print(hashlib.pbkdf2_hmac("sha512", b"k" * 200, bytearray(b"NaCl"), 3, dklen=100).hex())
print(hashlib.pbkdf2_hmac(hash_name="md5", password=b"", salt=b"", iterations=1).hex())


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hashlib.md5("text"))
attempt(lambda: hashlib.md5(5))
attempt(lambda: hashlib.sha256(b"a", b"b"))
attempt(lambda: hashlib.sha256(data=b"a"))
attempt(lambda: hashlib.md5(b"a", string=b"b"))
attempt(lambda: hashlib.blake2b("x"))
attempt(lambda: hashlib.blake2s(data=b"x"))
attempt(lambda: hashlib.blake2s(b"x", b"y"))
attempt(lambda: hashlib.sha3_512([1]))
attempt(lambda: hashlib.new("foo"))
attempt(lambda: hashlib.new(5))
attempt(lambda: hashlib.new())
attempt(lambda: hashlib.new("md5", string=b"a"))
attempt(lambda: hashlib.md5().update())
attempt(lambda: hashlib.md5().update("s"))
attempt(lambda: hashlib.md5().update(None))
attempt(lambda: hashlib.md5().digest(1))
attempt(lambda: hashlib.md5().hexdigest(x=1))
attempt(lambda: hashlib.sha1().nope)
attempt(lambda: hashlib.shake_128(b"a").hexdigest())
attempt(lambda: hashlib.shake_256(b"a").digest(length=4))
attempt(lambda: hashlib.shake_256(b"a").digest_size)
attempt(lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"salt", 1000))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 0))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt"))
attempt(lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1.5))
try:
    hashlib.pbkdf2_hmac("nope", b"pw", b"salt", 1)
except ValueError as e:
    print("ValueError", e)
