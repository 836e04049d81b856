"""Text and binary files over whole-file reads and writes (`open`), and in-memory text
streams (`StringIO`). Files are read when opened and written when flushed or closed."""

import builtins as _builtins

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    def __init__(self, initial_value="", newline="\n"):
        self._buffer = initial_value
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._buffer = self._buffer[:self._pos] + s + self._buffer[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            text = self._buffer[self._pos:]
        else:
            text = self._buffer[self._pos:self._pos + size]
        self._pos += len(text)
        return text

    def readline(self, size=-1):
        self._check()
        end = self._buffer.find("\n", self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._buffer[self._pos:end]
        self._pos = end
        return line

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check()
        return self._buffer

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            self._pos = pos
        elif whence == 2:
            self._pos = len(self._buffer) + pos
        else:
            self._pos += pos
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        size = self._pos if size is None else size
        self._buffer = self._buffer[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _File(StringIO):
    def __init__(self, file, mode):
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
            initial = _builtins._read_file(file, self._binary)
        else:
            initial = b"" if self._binary else ""
            _builtins._write_file(file, initial, self._appending)
        StringIO.__init__(self, "")
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
        self._buffer = self._buffer[:self._pos] + s + self._buffer[self._pos + len(s):]
        self._pos += len(s)
        self._dirty = True
        return len(s)

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
            self.closed = True

    def __repr__(self):
        kind = "_io.BufferedReader" if self._binary else "_io.TextIOWrapper"
        return f"<{kind} name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    if not isinstance(mode, str) or not mode or any(c not in "rwxabt+" for c in mode) or sum(c in mode for c in "rwxa") != 1:
        raise ValueError(f"invalid mode: '{mode}'")
    return _File(file, mode)
