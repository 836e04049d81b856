"""Packing Python values into C structs held in bytes, and back: `pack`, `unpack`, `calcsize`,
`pack_into`, `unpack_from`, `iter_unpack` and `Struct`, with CPython 3.11's format language
(byte orders @ = < > !, native sizes and alignment for '@') and its error messages. Floats are
encoded exactly from `float.as_integer_ratio` with round-half-even, as C's conversions do."""

from math import copysign as _copysign, ldexp as _ldexp

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


# code: (standard size, native size); native alignment equals the native size.
_SIZES = {
    "x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1), "h": (2, 2), "H": (2, 2),
    "i": (4, 4), "I": (4, 4), "l": (4, 8), "L": (4, 8), "q": (8, 8), "Q": (8, 8), "n": (None, 8),
    "N": (None, 8), "P": (None, 8), "e": (2, 2), "f": (4, 4), "d": (8, 8), "s": (1, 1), "p": (1, 1),
}
_ORDERS = {"@": ("little", True), "=": ("little", False), "<": ("little", False),
           ">": ("big", False), "!": ("big", False)}
# Exponent and fraction widths of the IEEE 754 formats.
_FLOATS = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}
_I64 = 1 << 63
_MAXSIZE = _I64 - 1


def _parse(fmt):
    """The byte order, whether native, the runs of items (code, count, offset, size of one) and
    the total size of `fmt` (a run of 's' or 'p' is one item of `count` bytes)."""
    order, native = "little", True
    text = fmt
    if text and text[0] in _ORDERS:
        order, native = _ORDERS[text[0]]
        text = text[1:]
    items = []
    size = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        i += 1
        if c.isspace():
            continue
        count = 1
        if "0" <= c <= "9":
            start = i - 1
            while i < n and "0" <= text[i] <= "9":
                i += 1
            if i == n:
                raise error("repeat count given without format specifier")
            count = int(text[start:i])
            c = text[i]
            i += 1
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[0] is None):
            raise error("bad char in struct format")
        itemsize = sizes[1] if native else sizes[0]
        if native and size % itemsize and c not in "sp":
            size += itemsize - size % itemsize
        if c in "sp":
            items.append((c, 1, size, count))
            size += count
        elif c == "x":
            size += count
        elif count:
            items.append((c, count, size, itemsize))
            size += count * itemsize
        if size > _MAXSIZE:
            raise error("total struct size too long")
    return order, native, items, size


def _index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _pack_int(code, v, size):
    v = _index(v)
    name = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}.get(code)
    if code in "bhilqn" or name:
        # Signed formats, and B/H, go through a C long first.
        if not -_I64 <= v < _I64:
            raise error("argument out of range")
        if code in "bhilqn":
            low, high = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
        else:
            low, high = 0, (1 << (8 * size)) - 1
        if size < 8 and not low <= v <= high:
            label = f"{name} format" if name else f"'{code}' format"
            raise error(f"{label} requires {low} <= number <= {high}")
        return v.to_bytes(size, "little", signed=code in "bhilqn")
    if code == "P" and -_I64 <= v < 0:
        v += 1 << 64
    if not 0 <= v < (1 << 64):
        raise error("argument out of range")
    if v >= (1 << (8 * size)):
        if size == 8:
            raise error("argument out of range")
        raise error(f"'{code}' format requires 0 <= number <= {(1 << (8 * size)) - 1}")
    return v.to_bytes(size, "little")


def _to_float(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    cls = type(v)
    if hasattr(cls, "__float__"):
        return cls.__float__(v)
    if hasattr(cls, "__index__"):
        return float(cls.__index__(v))
    raise error("required argument is not a float")


def _float_bits(code, x):
    """The IEEE 754 bits of `x` in the format of `code`, rounded to nearest-even."""
    ebits, mbits = _FLOATS[code]
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if _copysign(1.0, x) < 0 else 0
    top = sign << (ebits + mbits)
    if x != x:
        return top | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    if x in (float("inf"), float("-inf")):
        return top | (((1 << ebits) - 1) << mbits)
    if x == 0:
        return top
    num, den = abs(x).as_integer_ratio()
    exp = num.bit_length() - den.bit_length()
    if (num << max(0, -exp)) < (den << max(0, exp)):
        exp -= 1
    # The value's unit in the last place: 2**shift.
    shift = max(exp, 1 - bias) - mbits
    if shift >= 0:
        den <<= shift
    else:
        num <<= -shift
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    if exp < 1 - bias:
        return top | q
    if q == 1 << (mbits + 1):
        q >>= 1
        exp += 1
    if exp > bias:
        raise OverflowError(f"float too large to pack with {code} format")
    return top | ((exp + bias) << mbits) | (q - (1 << mbits))


def _float_from_bits(code, bits):
    ebits, mbits = _FLOATS[code]
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * float("inf") if frac == 0 else float("nan")
    if exp == 0:
        return sign * _ldexp(frac, 1 - bias - mbits)
    return sign * _ldexp(frac | (1 << mbits), exp - bias - mbits)


def _pack_item(code, size, v, native):
    if code in "sp":
        if not isinstance(v, (bytes, bytearray)):
            raise error(f"argument for '{code}' must be a bytes object")
        data = bytes(v)
        if code == "p":
            if size == 0:
                return b""
            data = data[:min(size - 1, 255)]
            return bytes([len(data)]) + data + bytes(size - 1 - len(data))
        data = data[:size]
        return data + bytes(size - len(data))
    if code == "c":
        if not isinstance(v, bytes) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        return v
    if code == "?":
        return b"\x01" if v else b"\x00"
    if code in "efd":
        x = _to_float(v)
        try:
            bits = _float_bits(code, x)
        except OverflowError:
            # A native float is stored by a C cast, which overflows to infinity.
            if not native or code != "f":
                raise
            bits = _float_bits(code, _copysign(float("inf"), x))
        return bits.to_bytes(size, "little")
    return _pack_int(code, v, size)


def _unpack_item(code, data, order):
    if code == "s":
        return bytes(data)
    if code == "p":
        if not data:
            return b""
        return bytes(data[1:1 + min(data[0], len(data) - 1)])
    if code == "c":
        return bytes(data)
    if code == "?":
        return any(data)
    if code in "efd":
        return _float_from_bits(code, int.from_bytes(data, order))
    return int.from_bytes(data, order, signed=code in "bhilqn")


def _bytes_of(buffer):
    """The contents of a bytes-like object, as bytes."""
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, (bytearray, memoryview)):
        return bytes(buffer)
    tobytes = getattr(type(buffer), "tobytes", None)
    if tobytes is None:
        raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")
    return tobytes(buffer)


class Struct:
    """A compiled format."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("latin-1")
        elif not isinstance(format, str):
            raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(format).__name__}")
        self.format = format
        self._order, self._native, self._items, self.size = _parse(format)
        self._count = sum(count for _, count, _, _ in self._items)

    def _pack(self, name, values):
        if len(values) != self._count:
            raise error(f"{name} expected {self._count} items for packing (got {len(values)})")
        out = [0] * self.size
        i = 0
        for code, count, offset, size in self._items:
            for k in range(count):
                data = _pack_item(code, size, values[i], self._native)
                i += 1
                if self._order == "big" and code not in "spc?":
                    data = data[::-1]
                at = offset + k * size
                out[at:at + size] = data
        return bytes(out)

    def pack(self, *values):
        return self._pack("pack", values)

    def pack_into(self, buffer, offset, *values):
        data = self._pack("pack_into", values)
        if not isinstance(buffer, bytearray) and not hasattr(type(buffer), "_store_bytes"):
            raise TypeError(f"argument must be read-write bytes-like object, not {type(buffer).__name__}")
        length = len(_bytes_of(buffer))
        offset = _index(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error(f"no space to pack {self.size} bytes at offset {offset}")
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            offset += length
        if length - offset < self.size:
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes for packing "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {length})")
        if isinstance(buffer, bytearray):
            buffer[offset:offset + self.size] = data
        else:
            buffer._store_bytes(offset, data)

    def _unpack_bytes(self, data):
        values = []
        for code, count, offset, size in self._items:
            for k in range(count):
                at = offset + k * size
                chunk = data[at:at + size]
                if self._order == "big" and code not in "spc?":
                    chunk = chunk[::-1]
                values.append(_unpack_item(code, chunk, "little"))
        return tuple(values)

    def unpack(self, buffer):
        data = _bytes_of(buffer)
        if len(data) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack_bytes(data)

    def unpack_from(self, buffer, offset=0):
        data = _bytes_of(buffer)
        offset = _index(offset)
        length = len(data)
        if offset < 0:
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            if offset + self.size > 0:
                raise error(f"not enough data to unpack {self.size} bytes at offset {offset}")
            offset += length
        if length - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {length})")
        return self._unpack_bytes(data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        data = _bytes_of(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return (self._unpack_bytes(data[i:i + self.size]) for i in range(0, len(data), self.size))


_cache = {}


def _struct(format):
    s = _cache.get(format) if isinstance(format, (str, bytes)) else None
    if s is None:
        s = Struct(format)
        if len(_cache) < 100:
            _cache[format] = s
    return s


def calcsize(format):
    return _struct(format).size


def pack(*args, **kwargs):
    if kwargs:
        raise TypeError("_struct.pack() takes no keyword arguments")
    if not args:
        raise TypeError("missing format argument")
    return _struct(args[0]).pack(*args[1:])


def pack_into(*args):
    if len(args) < 3:
        raise TypeError(f"pack_into expected at least 3 arguments, got {len(args)}" if args else
                        "missing format argument")
    return _struct(args[0]).pack_into(*args[1:])


def unpack(*args):
    if len(args) != 2:
        raise TypeError(f"unpack expected 2 arguments, got {len(args)}")
    return _struct(args[0]).unpack(args[1])


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
