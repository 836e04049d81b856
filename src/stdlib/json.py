"""JSON encoding and decoding (`dumps`/`loads`, `dump`/`load`), following CPython's output:
separators, `indent`, `sort_keys`, `ensure_ascii`, `default`, and its error messages."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7E):
            n = ord(ch)
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_repr(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    __module__ = "json.encoder"

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ",", ": "
        else:
            self.item_separator, self.key_separator = ", ", ": "
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def encode(self, o):
        return "".join(self._encode(o, 0, []))

    def _key(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, float):
            return _float_repr(key, self.allow_nan)
        if isinstance(key, int):
            return str(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")

    def _encode(self, o, level, markers):
        if isinstance(o, str):
            yield _encode_string(o, self.ensure_ascii)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield str(int(o))
        elif isinstance(o, float):
            yield _float_repr(o, self.allow_nan)
        elif isinstance(o, (list, tuple)):
            yield from self._encode_list(o, level, markers)
        elif isinstance(o, dict):
            yield from self._encode_dict(o, level, markers)
        else:
            if any(m is o for m in markers):
                raise ValueError("Circular reference detected")
            markers.append(o)
            yield from self._encode(self.default(o), level, markers)
            markers.pop()

    def _newline(self, level):
        if self.indent is None:
            return ""
        return "\n" + self.indent * level

    def _encode_list(self, o, level, markers):
        if not o:
            yield "[]"
            return
        if any(m is o for m in markers):
            raise ValueError("Circular reference detected")
        markers.append(o)
        yield "["
        first = True
        for item in o:
            if not first:
                yield self.item_separator
            yield self._newline(level + 1)
            first = False
            yield from self._encode(item, level + 1, markers)
        yield self._newline(level)
        yield "]"
        markers.pop()

    def _encode_dict(self, o, level, markers):
        if not o:
            yield "{}"
            return
        if any(m is o for m in markers):
            raise ValueError("Circular reference detected")
        markers.append(o)
        yield "{"
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                yield self.item_separator
            yield self._newline(level + 1)
            first = False
            yield _encode_string(key, self.ensure_ascii)
            yield self.key_separator
            yield from self._encode(value, level + 1, markers)
        yield self._newline(level)
        yield "}"
        markers.pop()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, allow_nan=allow_nan,
                                   indent=indent, separators=separators, default=default, sort_keys=sort_keys)
    return encoder.encode(obj)


def dump(obj, fp, **kwargs):
    fp.write(dumps(obj, **kwargs))


_STRING_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"


def _hex4(doc, pos):
    """The code unit of the `\\uXXXX` escape whose `u` is at `pos`."""
    code = doc[pos + 1:pos + 5]
    if len(code) < 4 or any(c not in _HEX for c in code):
        raise JSONDecodeError("Invalid \\uXXXX escape", doc, pos)
    return int(code, 16)


def scanstring(s, end, strict=True):
    """The JSON string starting after the quote at `end - 1`: (its value, the index after its
    closing quote). With `strict` false, control characters may appear unescaped."""
    if end < 0 or end > len(s):
        raise ValueError("end is out of bounds")
    doc = s
    chunks = []
    begin = end - 1
    pos = end
    while True:
        if pos >= len(doc):
            raise JSONDecodeError("Unterminated string starting at", doc, begin)
        ch = doc[pos]
        if ch == '"':
            return "".join(chunks), pos + 1
        if ch == "\\":
            pos += 1
            if pos >= len(doc):
                raise JSONDecodeError("Unterminated string starting at", doc, begin)
            esc = doc[pos]
            if esc == "u":
                n = _hex4(doc, pos)
                pos += 5
                if 0xD800 <= n <= 0xDBFF and doc.startswith("\\u", pos):
                    low = _hex4(doc, pos + 1)
                    if 0xDC00 <= low <= 0xDFFF:
                        n = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00)
                        pos += 6
                chunks.append(chr(n))
                continue
            if esc not in _STRING_ESCAPES:
                raise JSONDecodeError("Invalid \\escape", doc, pos - 1)
            chunks.append(_STRING_ESCAPES[esc])
            pos += 1
        elif strict and ord(ch) < 0x20:
            raise JSONDecodeError("Invalid control character at", doc, pos)
        else:
            chunks.append(ch)
            pos += 1


class JSONDecoder:
    """Decodes a JSON document: `decode` a whole one, `raw_decode` one value at an index."""

    __module__ = "json.decoder"

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        end = _skip(s, 0)
        value, end = self.raw_decode(s, end)
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        if idx < 0:
            raise JSONDecodeError("Expecting value", s, idx)
        return _Scanner(s, self).value(idx)


_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


def _skip(doc, pos):
    while pos < len(doc) and doc[pos] in " \t\n\r":
        pos += 1
    return pos


class _Scanner:
    def __init__(self, doc, decoder):
        self.doc = doc
        self.decoder = decoder

    def error(self, msg, pos):
        raise JSONDecodeError(msg, self.doc, pos)

    def skip(self, pos):
        return _skip(self.doc, pos)

    def value(self, pos):
        doc = self.doc
        if pos >= len(doc):
            self.error("Expecting value", pos)
        ch = doc[pos]
        if ch == '"':
            return scanstring(doc, pos + 1, self.decoder.strict)
        if ch == "{":
            return self.object(pos + 1)
        if ch == "[":
            return self.array(pos + 1)
        for word, value in (("null", None), ("true", True), ("false", False)):
            if doc.startswith(word, pos):
                return value, pos + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if doc.startswith(word, pos):
                return self.decoder.parse_constant(word), pos + len(word)
        return self.number(pos)

    def number(self, pos):
        doc = self.doc
        start = pos
        if pos < len(doc) and doc[pos] == "-":
            pos += 1
        if pos < len(doc) and doc[pos] == "0":
            pos += 1
        elif pos < len(doc) and doc[pos] in "123456789":
            while pos < len(doc) and doc[pos].isdigit():
                pos += 1
        else:
            self.error("Expecting value", start)
        is_float = False
        if pos + 1 < len(doc) and doc[pos] == "." and doc[pos + 1].isdigit():
            is_float = True
            pos += 1
            while pos < len(doc) and doc[pos].isdigit():
                pos += 1
        if pos < len(doc) and doc[pos] in "eE":
            end = pos + 1
            if end < len(doc) and doc[end] in "+-":
                end += 1
            if end < len(doc) and doc[end].isdigit():
                is_float = True
                pos = end
                while pos < len(doc) and doc[pos].isdigit():
                    pos += 1
        text = doc[start:pos]
        return (self.decoder.parse_float(text) if is_float else self.decoder.parse_int(text)), pos

    def object(self, pos):
        doc = self.doc
        pairs = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == "}":
            return self.finish_object(pairs), pos + 1
        while True:
            pos = self.skip(pos)
            if pos >= len(doc) or doc[pos] != '"':
                self.error("Expecting property name enclosed in double quotes", pos)
            key, pos = scanstring(doc, pos + 1, self.decoder.strict)
            pos = self.skip(pos)
            if pos >= len(doc) or doc[pos] != ":":
                self.error("Expecting ':' delimiter", pos)
            pos = self.skip(pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == "}":
                return self.finish_object(pairs), pos + 1
            if pos >= len(doc) or doc[pos] != ",":
                self.error("Expecting ',' delimiter", pos)
            pos += 1

    def finish_object(self, pairs):
        if self.decoder.object_pairs_hook is not None:
            return self.decoder.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.decoder.object_hook is not None:
            return self.decoder.object_hook(result)
        return result

    def array(self, pos):
        doc = self.doc
        items = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == "]":
            return items, pos + 1
        while True:
            pos = self.skip(pos)
            value, pos = self.value(pos)
            items.append(value)
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == "]":
                return items, pos + 1
            if pos >= len(doc) or doc[pos] != ",":
                self.error("Expecting ',' delimiter", pos)
            pos += 1


def detect_encoding(b):
    """The encoding of a JSON document in bytes, by its byte-order mark or, as RFC 4627
    suggests, by where the zero bytes fall in its first two ASCII characters."""
    if b[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"):
        return "utf-32"
    if b[:2] in (b"\xfe\xff", b"\xff\xfe"):
        return "utf-16"
    if b[:3] == b"\xef\xbb\xbf":
        return "utf-8-sig"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s))
    else:
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    hooks = {"object_hook": object_hook, "parse_float": parse_float, "parse_int": parse_int,
             "parse_constant": parse_constant, "object_pairs_hook": object_pairs_hook}
    kw.update((name, hook) for name, hook in hooks.items() if hook is not None)
    if cls is None and not kw:
        return _default_decoder.decode(s)
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, **kwargs):
    return loads(fp.read(), **kwargs)


# `json.decoder` and `json.encoder` name the same objects, as CPython's submodules do.
from . import decoder, encoder  # noqa: E402
