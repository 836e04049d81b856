"""Formatting and printing exceptions as the interpreter reports them (`format_exc`,
`print_exception`, ...), and extracting and formatting traceback objects and stacks
(`extract_tb`, `format_tb`, `print_stack`, `StackSummary`, `FrameSummary`, ...).
`print_exception` and `format_exception` report the exception's own traceback (the `tb`
argument is accepted, as CPython's is when it is the exception's own); a traceback's frames are
formatted by the interpreter's own report (`sys._format_tb`), marker lines included."""

import linecache
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
           "print_list"]

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


def _limit_of(limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


class FrameSummary:
    """One frame of a stack or traceback: where it was, and its source line (read when
    first asked for)."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line",
                 "locals", "_formatted")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._formatted = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Each frame and its line, from `f` (default: the caller's caller) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Each frame of the traceback `tb` and its line, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of `FrameSummary`, ready to be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        limit = _limit_of(limit)
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                                       lookup_line=lookup_lines, locals=f_locals))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._formatted is not None:
            return frame_summary._formatted
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != last:
                if count > 3:
                    more = count - 3
                    result.append(f"  [Previous line repeated {more} more "
                                  f"time{'s' if more > 1 else ''}]\n")
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            formatted = self.format_frame_summary(frame_summary)
            if formatted is not None:
                result.append(formatted)
        if count > 3:
            more = count - 3
            result.append(f"  [Previous line repeated {more} more time{'s' if more > 1 else ''}]\n")
        return result


def extract_tb(tb, limit=None):
    """The frames of the traceback `tb`, outermost first, as a `StackSummary`."""
    limit = _limit_of(limit)
    summary = StackSummary.extract(walk_tb(tb), limit=limit)
    # Each frame formatted as the interpreter's report formats it (marker lines included).
    formatted = sys._format_tb(tb)
    if limit is not None:
        formatted = formatted[:limit] if limit >= 0 else formatted[limit:]
    for frame_summary, text in zip(summary, formatted):
        frame_summary._formatted = text
    return summary


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame to `f` (default: the caller's frame)."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Accepted for compatibility: a traceback's frames here are snapshots, with nothing
    running to clear."""


class TracebackException:
    """An exception captured for later formatting: its type, message and traceback."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._value = exc_value
        self._str = str(exc_value) if exc_value is not None else ""
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = getattr(exc_value, "__suppress_context__", False)
        for name in ("filename", "lineno", "end_lineno", "text", "offset", "end_offset", "msg"):
            if exc_type is not None and issubclass(exc_type, SyntaxError):
                setattr(self, name, getattr(exc_value, name, None))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from format_exception(self._value, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
