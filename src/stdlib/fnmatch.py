"""Shell-style wildcard matching of file names, as CPython's `fnmatch`: `*` matches anything,
`?` one character, `[seq]` one character in seq (`a-z` ranges), `[!seq]` one not in it.
Patterns become regular expressions by `translate`, the same text CPython makes."""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def _matcher(pat):
    key = (type(pat), pat)
    match = _compiled.get(key)
    if match is None:
        if isinstance(pat, bytes):
            regex = translate(str(pat, "ISO-8859-1")).encode("ISO-8859-1")
        else:
            regex = translate(pat)
        match = re.compile(regex).match
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[key] = match
    return match


def fnmatch(name, pat):
    """Whether name matches pat, after the system's case folding (none on POSIX)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The names that match pat, in their order."""
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


_STAR = object()


def _bracket(content):
    """The regex for the text between `[` and `]` (a leading "!" negates)."""
    negated = content.startswith("!")
    body = content[1:] if negated else content
    if "-" not in body[1:]:
        pieces = [body]
    else:
        # Split at the hyphens that make ranges: never the first character, and never the
        # character just after a range's end.
        pieces = []
        start = 0
        k = 1
        while True:
            k = body.find("-", k)
            if k < 0:
                break
            pieces.append(body[start:k])
            start = k + 1
            k += 3
        if body[start:]:
            pieces.append(body[start:])
        else:
            pieces[-1] += "-"
        # Drop ranges whose ends are reversed: they match nothing.
        i = len(pieces) - 1
        while i > 0:
            if pieces[i - 1] and pieces[i] and pieces[i - 1][-1] > pieces[i][0]:
                pieces[i - 1] = pieces[i - 1][:-1] + pieces[i][1:]
                del pieces[i]
            i -= 1
    stuff = "-".join(p.replace("\\", "\\\\").replace("-", "\\-") for p in pieces)
    stuff = "".join("\\" + c if c in "&~|" else c for c in stuff)
    if negated:
        stuff = "!" + stuff
    if not stuff:
        return "(?!)"
    if stuff == "!":
        return "."
    if stuff[0] == "!":
        return "[^" + stuff[1:] + "]"
    if stuff[0] in ("^", "["):
        return "[\\" + stuff + "]"
    return "[" + stuff + "]"


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern pat matches."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == "?":
            tokens.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            j = pat.find("]", j)
            if j < 0:
                tokens.append("\\[")
            else:
                tokens.append(_bracket(pat[i:j]))
                i = j + 1
        else:
            tokens.append(re.escape(c))
    # Text before the first star stays as it is; a star followed by text and another star
    # matches lazily inside an atomic group; a final star (and text after it) is greedy.
    out = []
    i, n = 0, len(tokens)
    while i < n and tokens[i] is not _STAR:
        out.append(tokens[i])
        i += 1
    while i < n:
        i += 1
        fixed = []
        while i < n and tokens[i] is not _STAR:
            fixed.append(tokens[i])
            i += 1
        if i == n:
            out.append(".*" + "".join(fixed))
        else:
            out.append("(?>.*?" + "".join(fixed) + ")")
    return "(?s:" + "".join(out) + ")\\Z"
