"""Regular expressions with CPython's `re` API (compile, search, match, fullmatch, findall,
finditer, sub, subn, split, escape; Match and Pattern objects). Matching is done by the
`regex` crate, so backreferences and lookaround are not available."""

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
        super().__init__(msg)
        self.msg = msg
        self.pattern = pattern
        self.pos = pos


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
            values.append(None if span is None else self.string[span[0]:span[1]])
        return values[0] if len(values) == 1 else tuple(values)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if s is None else self.string[s[0]:s[1]] for s in self._spans[1:])

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re.groupindex.items():
            span = self._spans[index]
            result[name] = default if span is None else self.string[span[0]:span[1]]
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
        return _expand(template, self)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            pattern, flags = pattern.pattern, pattern.flags | flags
        if not isinstance(pattern, str):
            raise TypeError(f"first argument must be string or compiled pattern")
        message = _builtins._re_check(pattern, flags)
        if message is not None:
            raise error(message, pattern)
        self.pattern = pattern
        self.flags = flags | 32
        self._flags = flags
        self.groups, self.groupindex = _builtins._re_groups(pattern, flags)

    def _match(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        if endpos is None:
            endpos = len(string)
        spans = _builtins._re_match(self.pattern, self._flags, string, pos, endpos, mode)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        end = len(string) if endpos is None else endpos
        for spans in _builtins._re_all(self.pattern, self._flags, string, pos, end):
            yield Match(self, string, spans, pos, end)

    def findall(self, string, pos=0, endpos=None):
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) or "")
            else:
                result.append(m.groups(""))
        return result

    def subn(self, repl, string, count=0):
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            pieces.append(repl(m) if callable(repl) else _expand(repl, m))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return "".join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            pieces.append(string[last:m.start()])
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
            out.append(m.group(int(template[i + 1:j])) or "")
            i = j
        elif nxt == "g" and template.startswith("<", i + 2):
            close = template.index(">", i + 3)
            name = template[i + 3:close]
            out.append(m.group(int(name) if name.isdigit() else name) or "")
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
    return "".join("\\" + c if c in _special else c for c in pattern)


def purge():
    _cache.clear()
