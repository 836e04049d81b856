"""Text and binary files over whole-file reads and writes (`open`), in-memory text and
binary streams (`StringIO`, `BytesIO`), the stream base classes (`IOBase`, ...) and
`sys.stdin`. Files are read when opened and written when flushed or closed."""

import builtins as _builtins

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The base of all streams: closing, context management, iteration by lines."""

    __module__ = "_io"
    _IOBase__closed = False

    @property
    def closed(self):
        return self.__closed

    def close(self):
        self.__closed = True

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def flush(self):
        self._check()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, size=None):
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        self._check()
        line = None
        while size is None or size < 0 or line is None or len(line) < size:
            chunk = self.read(1)
            if not chunk:
                break
            line = chunk if line is None else line + chunk
            if chunk in ("\n", b"\n"):
                break
        return b"" if line is None else line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        pass


class RawIOBase(IOBase):
    __module__ = "_io"


class BufferedIOBase(IOBase):
    __module__ = "_io"


class TextIOBase(IOBase):
    __module__ = "_io"


class StringIO(TextIOBase):
    """An in-memory text stream. `newline` works as for text files: None translates
    "\r\n" and "\r" to "\n" on write and records the kinds seen in `newlines`; "" keeps
    the text as written and records the kinds; "\r" or "\r\n" replace each "\n" written."""

    __module__ = "_io"

    # Bits for the line endings seen, as CPython's newline decoder counts them; index the
    # `newlines` value by their sum.
    _NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                 ("\r", "\n", "\r\n"))

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def flush(self):
        pass

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        # None when the kinds of line endings are not tracked (newline "\n", "\r", "\r\n").
        self._seen = 0 if newline in (None, "") else None
        self._buffer = ""
        self._pos = 0
        if initial_value:
            self._write(initial_value)
        self._pos = 0

    def _write(self, s):
        if self._seen is not None:
            crlf = s.count("\r\n")
            cr = s.count("\r") - crlf
            lf = s.count("\n") - crlf
            self._seen |= (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)
            if self._newline is None:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline != "\n":
            s = s.replace("\n", self._newline)
        if self._pos > len(self._buffer):
            self._buffer += "\0" * (self._pos - len(self._buffer))
        self._buffer = self._buffer[:self._pos] + s + self._buffer[self._pos + len(s):]
        self._pos += len(s)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._write(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def newlines(self):
        self._check()
        return None if self._seen is None else self._NEWLINES[self._seen]

    @property
    def line_buffering(self):
        self._check()
        return False

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            text = self._buffer[self._pos:]
        else:
            text = self._buffer[self._pos:self._pos + size]
        self._pos += len(text)
        return text

    def _line_end(self):
        """Where the line starting at the current position ends (past its terminator)."""
        buf, pos = self._buffer, self._pos
        if self._newline == "":
            # Any of "\r", "\n", "\r\n" ends a line.
            lf = buf.find("\n", pos)
            cr = buf.find("\r", pos)
            if cr < 0 and lf < 0:
                return len(buf)
            if cr < 0 or (0 <= lf < cr):
                return lf + 1
            return cr + 2 if buf.startswith("\n", cr + 1) else cr + 1
        nl = "\n" if self._newline is None else self._newline
        if not isinstance(buf, str):
            nl = b"\n"  # a binary file (`_File`) shares this method
        end = buf.find(nl, pos)
        return len(buf) if end < 0 else end + len(nl)

    def readline(self, size=-1):
        self._check()
        if size is not None and not hasattr(size, "__index__"):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        end = self._line_end()
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return line

    def getvalue(self):
        self._check()
        return self._buffer

    def seek(self, pos, whence=0):
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._buffer)
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buffer = self._buffer[:size]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True


class BytesIO(BufferedIOBase):
    """An in-memory binary stream."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._buffer = bytearray(b"" if initial_bytes is None else initial_bytes)
        self._pos = 0

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check()
        return memoryview(self._buffer)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(len(self._buffer), self._pos + size)
        data = bytes(self._buffer[self._pos:end]) if self._pos < end else b""
        self._pos = max(self._pos, end)
        return data

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        end = self._buffer.find(b"\n", self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = bytes(self._buffer[self._pos:end]) if self._pos < end else b""
        self._pos = max(self._pos, end)
        return line

    def write(self, data):
        self._check()
        # (Only a buffer: `bytes(5)` would be five zero bytes.)
        try:
            memoryview(data)
        except TypeError:
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None
        data = bytes(data)
        if self._pos > len(self._buffer):
            self._buffer.extend(bytes(self._pos - len(self._buffer)))
        self._buffer[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        del self._buffer[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True


class _File(StringIO):
    __module__ = "io"
    _check = IOBase._check
    def __init__(self, file, mode, newline=None):
        self.name = file
        self.mode = mode
        self._binary = "b" in mode
        self._writing = any(c in mode for c in "wax+")
        self._appending = "a" in mode
        self._dirty = False
        if "x" in mode:
            try:
                _builtins._read_file(file, True)
            except FileNotFoundError:
                pass
            else:
                raise FileExistsError(17, "File exists", file)
        if "r" in mode:
            if self._binary or newline is None:
                # (Text read with newline=None comes back with universal newlines translated.)
                initial = _builtins._read_file(file, self._binary)
            else:
                initial = _builtins._read_file(file, True).decode("utf-8")
        else:
            initial = b"" if self._binary else ""
            _builtins._write_file(file, initial, self._appending)
        StringIO.__init__(self, "")
        # Lines end as `newline` says: "" at any of \r, \n, \r\n, kept as they are; None
        # (already translated), "\n", "\r" or "\r\n" at that string. Writes turn "\n" into
        # `newline` when it is "\r" or "\r\n".
        self._newline = "\n" if self._binary or newline is None else newline
        self._seen = None
        self._buffer = initial
        self._pos = len(initial) if self._appending else 0
        self._start = len(initial) if self._appending else 0

    def write(self, s):
        if not self._writing:
            raise UnsupportedOperation("not writable")
        if self._binary and not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
        if not self._binary and not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        written = len(s)
        if not self._binary and self._newline in ("\r", "\r\n"):
            s = s.replace("\n", self._newline)
        self._buffer = self._buffer[:self._pos] + s + self._buffer[self._pos + len(s):]
        self._pos += len(s)
        self._dirty = True
        return written

    def seek(self, pos, whence=0):
        # Files seek relative to the current position or the end, which StringIO refuses.
        self._check()
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = len(self._buffer) + pos
        else:
            self._pos += pos
        return self._pos

    def read(self, size=-1):
        if "r" not in self.mode and "+" not in self.mode:
            raise UnsupportedOperation("not readable")
        return StringIO.read(self, size)

    def flush(self):
        if self._dirty:
            if self._appending:
                _builtins._write_file(self.name, self._buffer[self._start:], True)
                self._start = len(self._buffer)
            else:
                _builtins._write_file(self.name, self._buffer, False)
            self._dirty = False

    def close(self):
        if not self.closed:
            self.flush()
            IOBase.close(self)

    def __repr__(self):
        kind = "_io.BufferedReader" if self._binary else "_io.TextIOWrapper"
        return f"<{kind} name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"


class _FdFile(_File):
    """A file opened by number (`open(fd)`, `os.fdopen`): what the file holds is read when
    opened (if readable), and what is written goes on through the number when flushed, each
    piece after the last (the file's own position moves on as it is written)."""

    __module__ = "io"

    def __init__(self, fd, mode, closefd, newline=None):
        self.name = fd
        self.mode = mode
        self._binary = "b" in mode
        self._writing = any(c in mode for c in "wax+")
        self._appending = True
        self._dirty = False
        self._closefd = closefd
        data = b""
        if fd == 0 and "r" in mode:
            # Standard input is the host's (as `sys.stdin` reads it), not a number it opened.
            import sys
            data = sys.stdin.read().encode("utf-8")
        elif "r" in mode or "+" in mode:
            while chunk := _builtins._fd("read", fd, 65536):
                data += chunk
        initial = data if self._binary else data.decode("utf-8")
        if not self._binary and newline is None:
            initial = initial.replace("\r\n", "\n").replace("\r", "\n")
        StringIO.__init__(self, "")
        # Lines end as `newline` says, as for `_File`.
        self._newline = "\n" if self._binary or newline is None else newline
        self._buffer = initial
        self._pos = 0
        self._start = len(initial)

    def fileno(self):
        self._check()
        return self.name

    def flush(self):
        self._check()
        if self._dirty:
            data = self._buffer[self._start:]
            if self.name in (1, 2):
                # Standard output and error are the host's streams, as `sys.stdout` writes them.
                import sys
                stream = sys.stdout if self.name == 1 else sys.stderr
                stream.write(data.decode("utf-8", "replace") if self._binary else data)
            else:
                _builtins._fd("write", self.name, data if self._binary else data.encode("utf-8"))
            self._start = len(self._buffer)
            self._dirty = False

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                IOBase.close(self)
                if self._closefd and self.name not in (0, 1, 2):
                    _builtins._fd("close", self.name)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    if not isinstance(file, (str, bytes, int)):
        from os import fspath
        file = fspath(file)
    if not isinstance(mode, str) or not mode or any(c not in "rwxabt+" for c in mode) or sum(c in mode for c in "rwxa") != 1:
        raise ValueError(f"invalid mode: '{mode}'")
    if newline is not None:
        if not isinstance(newline, str):
            raise TypeError(f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if "b" in mode:
            raise ValueError("binary mode doesn't take a newline argument")
    if isinstance(file, int) and not isinstance(file, bool):
        return _FdFile(file, mode, closefd, newline)
    if not closefd:
        raise ValueError("Cannot use closefd=False with file name")
    return _File(file, mode, newline)


class _Stdin(TextIOBase):
    """`sys.stdin`: standard input as text, read a line at a time through the VM's host (in
    the debugger, from its input line), so `input()` and `sys.stdin` share it. `buffer`
    gives the same lines as UTF-8 bytes."""

    name = "<stdin>"
    mode = "r"
    encoding = "utf-8"
    errors = "strict"

    def __init__(self):
        # Text read from the host but not yet returned (after `read(n)` or `readline(n)`).
        self._pending = ""
        self.buffer = _StdinBuffer(self)

    def readable(self):
        self._check()
        return True

    def fileno(self):
        self._check()
        return 0

    def isatty(self):
        self._check()
        import sys
        return sys._stdin_isatty()

    def _next_line(self):
        import sys
        line, self._pending = self._pending or sys._stdin_readline(), ""
        return line

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        line = self._next_line()
        if 0 <= size < len(line):
            line, self._pending = line[:size], line[size:]
        return line

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            parts = []
            while line := self._next_line():
                parts.append(line)
            return "".join(parts)
        parts = []
        have = 0
        while have < size and (line := self._next_line()):
            parts.append(line)
            have += len(line)
        text = "".join(parts)
        self._pending = text[size:]
        return text[:size]

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


class _StdinBuffer(BufferedIOBase):
    """`sys.stdin.buffer`: standard input's lines as UTF-8 bytes."""

    name = "<stdin>"
    mode = "rb"

    def __init__(self, text):
        self._text = text

    def readable(self):
        return True

    def fileno(self):
        return 0

    def read(self, size=-1):
        return self._text.read(size).encode()

    def readline(self, size=-1):
        return self._text.readline(size).encode()

    def __repr__(self):
        return "<_io.BufferedReader name='<stdin>'>"
