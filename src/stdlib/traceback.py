"""Formatting and printing exceptions as the interpreter reports them (`format_exc`,
`print_exception`, ...). pyglass keeps no traceback objects: an exception carries its own
frames, so the `tb` arguments are accepted and the exception's frames are used."""

import sys

__all__ = ["format_exc", "format_exception", "format_exception_only", "print_exc",
           "print_exception", "print_last"]

_sentinel = object()


def _chunks(text):
    """The report split as CPython's list: the header, one string per frame (its `File`
    line with the source and marker lines under it), then each remaining line."""
    chunks = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("    ") and chunks and chunks[-1].startswith("  File "):
            chunks[-1] += line
        elif line == "\n" and i + 2 < len(lines) and lines[i + 2] == "\n" and (
                lines[i + 1].startswith(("The above exception", "During handling"))):
            # The message between chained exceptions is one string, its blank lines included.
            chunks.append("".join(lines[i:i + 3]))
            i += 2
        else:
            chunks.append(line)
        i += 1
    return chunks


def _exception(exc, value):
    # Both signatures: `f(exc)` (3.10) and `f(type, value, tb)`.
    return exc if value is _sentinel else value


def format_exception_only(exc, /, value=_sentinel):
    value = _exception(exc, value)
    if value is None or not isinstance(value, BaseException):
        return [f"{type(value).__name__}: {value}\n"]
    return _chunks(sys._format_exception(value, False, False))


def _limited(chunks, limit):
    """The report's chunks with each traceback cut to `limit` frames (the first ones; with a
    negative limit, the last ones), as CPython's `traceback` cuts them; `limit` None is
    `sys.tracebacklimit` if set (negative counting as 0). A traceback left with no frames
    loses its header too."""
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return chunks
    out = []
    frames = None

    def flush():
        kept = frames[:limit] if limit >= 0 else frames[limit:]
        if kept:
            out.append("Traceback (most recent call last):\n")
            out.extend(kept)

    for chunk in chunks:
        if chunk == "Traceback (most recent call last):\n":
            frames = []
        elif frames is not None and chunk.startswith("  File "):
            frames.append(chunk)
        else:
            if frames is not None:
                flush()
                frames = None
            out.append(chunk)
    if frames is not None:
        flush()
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _exception(exc, value)
    if value is None or not isinstance(value, BaseException):
        return [f"{type(value).__name__}: {value}\n"]
    return _limited(_chunks(sys._format_exception(value, chain, True)), limit)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
