"""HMAC (RFC 2104): keyed hashing over `hashlib`'s hash objects. `new`/`HMAC` objects with
`update`, `copy`, `digest`, `hexdigest`, `name`, `digest_size` and `block_size`; the one-shot
`digest`; `compare_digest`; with CPython 3.11's results and messages."""

import hashlib as _hashlib

trans_5C = bytes(x ^ 0x5C for x in range(256))
trans_36 = bytes(x ^ 0x36 for x in range(256))

# The size of an HMAC's digest depends on its hash; the module-level value is None.
digest_size = None


def _constructor(digestmod):
    """A function making new hash objects of `digestmod`: a hash name, a constructor, or a
    module or object with a `new` function."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return digestmod.new


class HMAC:
    """An HMAC computation in progress."""

    blocksize = 64
    __slots__ = ("_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._start(key, msg, digestmod)

    def _start(self, key, msg, digestmod):
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        block_size = getattr(self._inner, "block_size", self.blocksize)
        if block_size < 16:
            import warnings
            warnings.warn(f"block_size of {block_size} seems too small; using our default of {self.blocksize}.",
                          RuntimeWarning, 2)
            block_size = self.blocksize
        self.block_size = block_size
        if len(key) > block_size:
            key = make(key).digest()
        key = bytes(key).ljust(block_size, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object for `key` with the hash `digestmod`, fed `msg` if given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` under `key` with the hash `digest`, at once."""
    h = HMAC.__new__(HMAC)
    h._start(key, msg, digest)
    return h.digest()


def _buffer(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")


def compare_digest(*args, **kwargs):
    """`a == b` for two str (ASCII) or two bytes-like objects, in a time that depends on
    their lengths only, not on where they differ."""
    if kwargs:
        raise TypeError("_hashlib.compare_digest() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError(f"compare_digest expected 2 arguments, got {len(args)}")
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    elif not isinstance(a, (bytes, bytearray, memoryview)) and not isinstance(b, (bytes, bytearray, memoryview)):
        raise TypeError("unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    else:
        a, b = _buffer(a), _buffer(b)
    # Every byte of `b` is looked at, whatever the lengths and wherever a difference is.
    result = len(a) ^ len(b)
    left = a if len(a) == len(b) else b
    for x, y in zip(left, b):
        result |= x ^ y
    return result == 0
