# hmac: RFC 2202 and RFC 4231 vectors, every way of naming the hash, long keys, update and
# copy, the one-shot digest, compare_digest on str and bytes-likes, and CPython's errors.
import hashlib
import hmac

print(hmac.new(b"\x0b" * 16, b"Hi There", "md5").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest())
print(hmac.new(b"\xaa" * 80, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha1").hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", digestmod=hashlib.sha256).hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", "sha512").hexdigest())
print(hmac.HMAC(bytearray(b"Jefe"), b"what do ya want for nothing?", "sha384").hexdigest())


class Module:
    """An object with a `new` function, as a hash module has."""
    new = staticmethod(hashlib.sha224)


print(hmac.new(b"key", b"data", Module()).hexdigest())
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hmac.new(b"secret", digestmod=name)
    h.update(b"part one, ")
    c = h.copy()
    h.update(memoryview(b"part two"))
    c.update(bytearray(b"another"))
    one_shot = hmac.digest(b"secret", b"part one, part two", name)
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:24], c.hexdigest()[:24], one_shot == h.digest())
print(hmac.HMAC.blocksize, hmac.digest_size, len(hmac.trans_5C), hmac.trans_36[:4])
print(repr(hmac.new(b"k", digestmod="md5")).startswith("<hmac.HMAC object at 0x"))

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"ab"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest("", ""), hmac.compare_digest(bytearray(b"x"), memoryview(b"x")))
digest = hmac.new(b"k", b"m", "sha256").hexdigest()
print(hmac.compare_digest(digest, hmac.new(b"k", b"m", "sha256").hexdigest()))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hmac.new(b"k"))
attempt(lambda: hmac.new(b"k", digestmod=None))
attempt(lambda: hmac.new("k", digestmod="md5"))
attempt(lambda: hmac.new(memoryview(b"k"), digestmod="md5"))
attempt(lambda: hmac.new(b"k", "msg", digestmod="md5"))
attempt(lambda: hmac.new(b"k", digestmod="nope"))
attempt(lambda: hmac.new(b"k", digestmod=5))
attempt(lambda: hmac.new(b"k", digestmod="md5").update(5))
attempt(lambda: hmac.digest(b"k", b"m", "nope"))
attempt(lambda: hmac.digest(b"k", b"m", None))
attempt(lambda: hmac.compare_digest("a", b"a"))
attempt(lambda: hmac.compare_digest(b"a", "a"))
attempt(lambda: hmac.compare_digest("é", "é"))
attempt(lambda: hmac.compare_digest(1, 2))
attempt(lambda: hmac.compare_digest("a", 1))
attempt(lambda: hmac.compare_digest(b"a", 1))
attempt(lambda: hmac.compare_digest(b"a"))
attempt(lambda: hmac.compare_digest(a=b"x", b=b"x"))
