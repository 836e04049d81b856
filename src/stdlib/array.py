"""Arrays of numbers or characters of one C type (`array.array`), with CPython 3.11's
conversions, range errors and machine layout (little-endian, x86-64 sizes) for `tobytes`.
The items are kept as Python values, converted when stored: a 'f' item is rounded to single
precision as C would store it."""

from struct import _float_bits, _float_from_bits

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"
_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8,
          "f": 4, "d": 8}
_LONG = 1 << 63


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


def _within(v, low, high, what):
    if v > high:
        raise OverflowError(f"{what} is greater than maximum")
    if v < low:
        raise OverflowError(f"{what} is less than minimum")


def _unsigned(v, high):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if high is not None:
        _within(v, 0, high, "unsigned int")
    return v


def _convert(code, v):
    """`v` as an item of an array of `code`, or CPython's error (the checks, in its order)."""
    if code == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if code in "fd":
        if isinstance(v, (int, float)):
            x = float(v)
        elif hasattr(type(v), "__float__"):
            x = type(v).__float__(v)
        elif hasattr(type(v), "__index__"):
            x = float(type(v).__index__(v))
        else:
            raise TypeError(f"must be real number, not {type(v).__name__}")
        if code == "f":
            try:
                x = _float_from_bits("f", _float_bits("f", x))
            except OverflowError:
                x = float("inf") if x > 0 else float("-inf")
        return x
    v = _as_int(v)
    if code in "IL":
        return _unsigned(v, 0xFFFFFFFF if code == "I" else None)
    if code == "q":
        if not -_LONG <= v < _LONG:
            raise OverflowError("int too big to convert")
        return v
    if code == "Q":
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v >= 1 << 64:
            raise OverflowError("int too big to convert")
        return v
    if not -_LONG <= v < _LONG:
        raise OverflowError("Python int too large to convert to C long")
    if code == "b":
        _within(v, -32768, 32767, "signed short integer")
        _within(v, -128, 127, "signed char")
    elif code == "B":
        _within(v, 0, 255, "unsigned byte integer")
    elif code == "h":
        _within(v, -32768, 32767, "signed short integer")
    elif code == "H":
        _within(v, -(1 << 31), (1 << 31) - 1, "signed integer")
        _within(v, 0, 65535, "unsigned short")
    elif code == "i":
        _within(v, -(1 << 31), (1 << 31) - 1, "signed integer")
    return v


def _item_bytes(code, v):
    size = _SIZES[code]
    if code == "u":
        return ord(v).to_bytes(4, "little")
    if code in "fd":
        return _float_bits(code, v).to_bytes(size, "little")
    return v.to_bytes(size, "little", signed=code in "bhilq")


def _item_from_bytes(code, data):
    if code == "u":
        return chr(int.from_bytes(data, "little"))
    if code in "fd":
        return _float_from_bits(code, int.from_bytes(data, "little"))
    return int.from_bytes(data, "little", signed=code in "bhilq")


class array:
    """array(typecode[, initializer]) -> array"""

    __hash__ = None

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError(f"array() takes at most 2 arguments ({len(args)} given)" if args else
                            "array() takes at least 1 argument (0 given)")
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != "u":
                    raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
                self.fromunicode(init)
            elif isinstance(init, array) and init._code == "u" and typecode != "u":
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                self._items.extend([_convert(typecode, v) for v in init])
        return self

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def _new(self, items):
        result = array(self._code)
        result._items.extend(items)
        return result

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}({self._code!r})"
        if self._code == "u":
            return f"{name}({self._code!r}, {''.join(self._items)!r})"
        return f"{name}({self._code!r}, {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[_as_index(index)]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            items = list(value._items)
            if index.step not in (None, 1):
                size = len(range(*index.indices(len(self._items))))
                if len(items) != size:
                    raise ValueError(f"attempt to assign array of size {len(items)} to extended slice of size {size}")
            self._items[index] = items
            return
        index = _as_index(index)
        if not -len(self._items) <= index < len(self._items):
            raise IndexError("array assignment index out of range")
        self._items[index] = _convert(self._code, value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        index = _as_index(index)
        if not -len(self._items) <= index < len(self._items):
            raise IndexError("array assignment index out of range")
        del self._items[index]

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return self._new(self._items * _as_int(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        self._items[:] = self._items * _as_int(n)
        return self

    def __copy__(self):
        return self._new(self._items)

    def __deepcopy__(self, memo):
        return self._new(self._items)

    def append(self, value):
        self._items.append(_convert(self._code, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(list(iterable._items))
            return
        self._items.extend([_convert(self._code, v) for v in iterable])

    def insert(self, index, value):
        self._items.insert(_as_int(index), _convert(self._code, value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        index = _as_int(index)
        if not -len(self._items) <= index < len(self._items):
            raise IndexError("pop index out of range")
        return self._items.pop(index)

    def remove(self, value):
        for i, item in enumerate(self._items):
            if item == value:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=None):
        n = len(self._items)
        start = _as_int(start)
        stop = n if stop is None else _as_int(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value):
        return sum(1 for item in self._items if item == value)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        if self.itemsize not in (1, 2, 4, 8):
            raise RuntimeError("don't know how to byteswap this array type")
        code = self._code
        self._items[:] = [_item_from_bytes(code, _item_bytes(code, v)[::-1]) for v in self._items]

    def tobytes(self):
        code = self._code
        return b"".join([_item_bytes(code, v) for v in self._items])

    def frombytes(self, data):
        if isinstance(data, array):
            data = data.tobytes()
        elif not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        code = self._code
        self._items.extend([_item_from_bytes(code, data[i:i + size]) for i in range(0, len(data), size)])

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([_convert(self._code, v) for v in items])

    def tounicode(self):
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if not isinstance(text, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(text).__name__}")
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError("read() didn't return enough bytes")

    def _store_bytes(self, offset, data):
        """Overwrite the machine bytes from `offset` (for `struct.pack_into`)."""
        raw = bytearray(self.tobytes())
        raw[offset:offset + len(data)] = data
        del self._items[:]
        self.frombytes(raw)


def _as_index(index):
    if isinstance(index, int):
        return index
    if hasattr(type(index), "__index__"):
        return type(index).__index__(index)
    raise TypeError("array indices must be integers")


ArrayType = array
