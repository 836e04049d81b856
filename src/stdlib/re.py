"""Regular expressions with CPython's `re` API (compile, search, match, fullmatch, findall,
finditer, sub, subn, split, escape; Match and Pattern objects). Matching is done by the
`regex` crate, and by a backtracking matcher of pyglass's own for what the crate lacks
(backreferences, look-around, atomic and conditional groups). A bytes pattern matches
bytes-like subjects: both are read as latin-1 text (one character per byte, ASCII rules for
`\\w`, `\\d`, `\\s` and case), and what comes back is bytes again."""

import builtins as _builtins

__all__ = ["compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split",
           "escape", "error", "Match", "Pattern", "IGNORECASE", "I", "MULTILINE", "M", "DOTALL", "S",
           "VERBOSE", "X", "ASCII", "A", "NOFLAG"]

NOFLAG = 0
ASCII = A = 256
IGNORECASE = I = 2
MULTILINE = M = 8
DOTALL = S = 16
VERBOSE = X = 64


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = f"{msg} at position {pos}"
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        super().__init__(msg)


class Match:
    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, group):
        if isinstance(group, str):
            if group not in self.re.groupindex:
                raise IndexError("no such group")
            return self.re.groupindex[group]
        if not isinstance(group, int) or group < 0 or group >= len(self._spans):
            raise IndexError("no such group")
        return group

    def group(self, *groups):
        if not groups:
            groups = (0,)
        values = []
        for g in groups:
            span = self._spans[self._index(g)]
            values.append(None if span is None else _slice(self.string, span[0], span[1]))
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if s is None else _slice(self.string, s[0], s[1]) for s in self._spans[1:])

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re.groupindex.items():
            span = self._spans[index]
            result[name] = default if span is None else _slice(self.string, span[0], span[1])
        return result

    def span(self, group=0):
        span = self._spans[self._index(group)]
        return (-1, -1) if span is None else span

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    @property
    def lastindex(self):
        best = None
        for i, span in enumerate(self._spans[1:], 1):
            if span is not None:
                best = i
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        if isinstance(template, (bytes, bytearray)):
            return _expand(bytes(template).decode("latin-1"), self).encode("latin-1")
        return _expand(template, self)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            pattern, flags = pattern.pattern, pattern.flags | flags
        self._bytes = isinstance(pattern, bytes)
        if self._bytes:
            source, engine_flags = pattern.decode("latin-1"), flags | ASCII
        elif isinstance(pattern, str):
            source, engine_flags = pattern, flags
        else:
            raise TypeError(f"first argument must be string or compiled pattern")
        failure = _builtins._re_check(source, engine_flags, self._bytes)
        if failure is not None:
            if failure[0] == "the repetition number is too large":
                raise OverflowError(failure[0])
            raise error(failure[0], pattern, failure[1])
        self.pattern = pattern
        self.flags = flags if self._bytes else flags | 32
        self._source = source
        self._flags = engine_flags
        self._empty = b"" if self._bytes else ""
        self.groups, self.groupindex = _builtins._re_groups(source, engine_flags)

    def _text(self, string):
        """The subject as the engine reads it (latin-1 text for a bytes pattern)."""
        if isinstance(string, str):
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return string
        if isinstance(string, (bytes, bytearray, memoryview)):
            if not self._bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            return bytes(string).decode("latin-1")
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")

    @staticmethod
    def _sliced(string):
        """The subject as its groups are cut from: a bytearray or memoryview as bytes (the
        groups of a bytes pattern are bytes)."""
        return bytes(string) if isinstance(string, (bytearray, memoryview)) else string

    def _match(self, string, pos, endpos, mode):
        # (No len() of the subject here: a match from `pos` costs what it scans.)
        found = _builtins._re_match(self._source, self._flags, self._text(string), pos, endpos, mode)
        if found is None:
            return None
        pos, endpos, spans = found
        return Match(self, self._sliced(string), spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        text = self._text(string)
        string = self._sliced(string)
        pos, endpos, found = _builtins._re_all(self._source, self._flags, text, pos, endpos)
        for spans in found:
            yield Match(self, string, spans, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) or self._empty)
            else:
                result.append(m.groups(self._empty))
        return result

    def subn(self, repl, string, count=0):
        template = repl
        # A template of the other kind fails at the first replacement, as CPython's join of
        # the pieces does (an empty first piece is left out of that join).
        wrong = None
        if not callable(repl):
            if self._bytes and isinstance(repl, (bytes, bytearray)):
                template = bytes(repl).decode("latin-1")
            elif self._bytes:
                wrong = f"expected a bytes-like object, {type(repl).__name__} found"
            elif not isinstance(repl, str):
                wrong = f"expected str instance, {type(repl).__name__} found"
        string = self._sliced(string)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            if wrong is not None:
                raise TypeError(f"sequence item {int(m.start() > 0)}: {wrong}")
            pieces.append(_slice(string, last, m.start()))
            piece = repl(m) if callable(repl) else _expand(template, m)
            pieces.append(piece.encode("latin-1") if self._bytes and isinstance(piece, str) else piece)
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return self._empty.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        string = self._sliced(string)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            pieces.append(_slice(string, last, m.start()))
            pieces.extend(m.groups())
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return pieces

    def __repr__(self):
        flag_names = []
        for value, name in ((IGNORECASE, "re.IGNORECASE"), (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"), (VERBOSE, "re.VERBOSE")):
            if self._flags & value:
                flag_names.append(name)
        if flag_names:
            return f"re.compile({self.pattern!r}, {'|'.join(flag_names)})"
        return f"re.compile({self.pattern!r})"

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


def _slice(string, start, end):
    """`string[start:end]` for a span of a match in `string`; a str is cut by the index the
    engine keeps of its last subject (a plain slice of non-ASCII text decodes it from the start,
    which made a loop over the matches of a long text quadratic)."""
    if type(string) is str:
        return _builtins._re_slice(string, start, end)
    return string[start:end]


def _as_text(group):
    """A group as template text: '' if it did not match, bytes read as latin-1."""
    if group is None:
        return ""
    return group.decode("latin-1") if isinstance(group, (bytes, bytearray)) else group


def _expand(template, m):
    out = []
    i = 0
    while i < len(template):
        c = template[i]
        if c != "\\" or i + 1 == len(template):
            out.append(c)
            i += 1
            continue
        nxt = template[i + 1]
        if nxt.isdigit():
            j = i + 1
            while j < len(template) and template[j].isdigit() and j < i + 3:
                j += 1
            out.append(_as_text(m.group(int(template[i + 1:j]))))
            i = j
        elif nxt == "g" and template.startswith("<", i + 2):
            close = template.index(">", i + 3)
            name = template[i + 3:close]
            out.append(_as_text(m.group(int(name) if name.isdigit() else name)))
            i = close + 1
        else:
            escapes = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "f": "\f", "v": "\v", "a": "\a", "b": "\b"}
            out.append(escapes.get(nxt, "\\" + nxt))
            i += 2
    return "".join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (pattern, flags)
    if key not in _cache:
        _cache[key] = Pattern(pattern, flags)
    return _cache[key]


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_special = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode("latin-1")).encode("latin-1")
    return "".join("\\" + c if c in _special else c for c in pattern)


def purge():
    _cache.clear()
