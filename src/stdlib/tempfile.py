"""Temporary files and directories, as CPython's `tempfile`: `gettempdir` (TMPDIR, TEMP, TMP,
then the usual places), `mkstemp`, `mkdtemp`, `NamedTemporaryFile` (removed when closed unless
delete=False), `TemporaryFile`, `TemporaryDirectory` (removed with its contents at the end of
its `with` block or by `cleanup()`), `mktemp`. Names are the prefix, eight random characters
from `random.Random` (seeded from the system's entropy) and the suffix."""

import io as _io
import os as _os
import random as _random
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp",
           "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb",
           "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_names():
    """Endless eight-character names."""
    global _rng
    if _rng is None:
        _rng = _random.Random()
    while True:
        yield "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _candidate_dirs():
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(name)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _usable_dir():
    """The first candidate directory a file can be made in (absolute)."""
    names = _random_names()
    for directory in _candidate_dirs():
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(100):
            filename = _os.path.join(directory, next(names))
            try:
                fd = _os.open(filename, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            except OSError:
                break
            _os.close(fd)
            _os.unlink(filename)
            return directory
    raise FileNotFoundError(2, f"No usable temporary directory found in {list(_candidate_dirs())}")


def gettempdir():
    """The directory temporary files go in by default (found once, then `tempdir`)."""
    global tempdir
    if tempdir is None:
        tempdir = _usable_dir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _parameters(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def _make(prefix, suffix, dir, create):
    """create(path) for new random names until one does not exist yet; the path."""
    names = _random_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            return path, create(path)
        except FileExistsError:
            continue
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """A new file only the user may read and write: (its number as os.open gives it, its
    absolute path). The caller removes it."""
    prefix, suffix, dir = _parameters(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    path, fd = _make(prefix, suffix, dir, lambda p: _os.open(p, flags, 0o600))
    return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """A new directory only the user may use; its path. The caller removes it."""
    prefix, suffix, dir = _parameters(prefix, suffix, dir)
    path, _ = _make(prefix, suffix, dir, lambda p: _os.mkdir(p, 0o700))
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """A name for a file that does not exist yet (unsafe: another may take it first)."""
    if dir is None:
        dir = gettempdir()
    for name in _random_names():
        path = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(path):
            return path


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the open file (`file`) and its `name`, with the
    file's methods; closing it removes the file if `delete`."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        yield from self.file


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A new temporary file with a name in the file system (`.name`), removed when closed
    unless delete is false."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    try:
        file = _io.open(name, mode, buffering, encoding, errors, newline)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new temporary file without a name in the file system (its `name` is its number):
    made and removed at once, open by number until closed."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.unlink(name)
    try:
        return _io.open(fd, mode, buffering, encoding, errors, newline)
    except BaseException:
        _os.close(fd)
        raise


class TemporaryDirectory:
    """A new temporary directory (`.name`, what `with` gives), removed with everything in it
    by `cleanup()` or at the end of the `with` block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if _os.path.lexists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
