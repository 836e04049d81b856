"""Operating-system interfaces: the environment, the current directory, directory listings and
scanning, file metadata (`stat`), renames, links, permissions, files opened by number
(`open`, `read`, `write`, `close`), and `os.PathLike` (`os.path` is `posixpath`). Everything
touching the system goes through pyglass's host (the `_stat`, `_fs_pair`, ... built-ins)."""

import abc as _abc
import builtins as _builtins
import sys as _sys

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"
error = OSError

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
O_RDONLY, O_WRONLY, O_RDWR = 0, 0o1, 0o2
O_CREAT, O_EXCL, O_TRUNC, O_APPEND = 0o100, 0o200, 0o1000, 0o2000
O_CLOEXEC, O_NOFOLLOW = 0o2000000, 0o400000
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def fspath(path):
    """The str or bytes of path: itself, or what its class's `__fspath__` returns."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    method = getattr(kind, "__fspath__", None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {kind.__name__}")
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {kind.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    """The abstract class of objects with a file-system path (`__fspath__`)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return any("__fspath__" in vars(base) for base in subclass.__mro__) or NotImplemented
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _checked(func, value, arg="path", fd=False):
    """value, if it is a path; else CPython's TypeError for the named function's argument
    (integers, which CPython takes as file descriptors where fd, are not taken here)."""
    if isinstance(value, (str, bytes)) or hasattr(type(value), "__fspath__"):
        return value
    kinds = "string, bytes, os.PathLike or integer" if fd else "string, bytes or os.PathLike"
    if fd == "or None":
        kinds = "string, bytes, os.PathLike, integer or None"
    raise TypeError(f"{func}: {arg} should be {kinds}, not {type(value).__name__}")


def _integer(value):
    """value as an int, or CPython's TypeError for a value that is not one."""
    if isinstance(value, int):
        return value
    if not hasattr(type(value), "__index__"):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value.__index__()


import posixpath as path  # (after fspath, which posixpath imports)

# `import os.path` finds the module here, as CPython's os module arranges.
_sys.modules["os.path"] = path

environ = dict(_builtins._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def _exit(status):
    _builtins._exit_now(status)


def getcwd():
    return _builtins._getcwd()


def getpid():
    return _builtins._os_info("pid")


def urandom(size):
    """size random bytes from the system's source."""
    return _builtins._os_info("urandom", size)


def chdir(path):
    _checked("chdir", path, fd=True)
    _builtins._change_fs("chdir", path)


def listdir(path=None):
    if path is None:
        path = "."
    _checked("listdir", path, fd="or None")
    if isinstance(path, bytes):
        return [fsencode(n) for n in _builtins._list_dir(path)]
    return _builtins._list_dir(path)


def remove(path, *, dir_fd=None):
    _checked("remove", path)
    _builtins._change_fs("remove", path)


unlink = remove


def mkdir(path, mode=0o777, *, dir_fd=None):
    _checked("mkdir", path)
    _builtins._mkdir(path, _integer(mode))


def rmdir(path, *, dir_fd=None):
    _checked("rmdir", path)
    _builtins._change_fs("rmdir", path)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _checked("rename", src, "src")
    _checked("rename", dst, "dst")
    _builtins._fs_pair("rename", src, dst)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _checked("replace", src, "src")
    _checked("replace", dst, "dst")
    _builtins._fs_pair("rename", src, dst)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _checked("symlink", src, "src")
    _checked("symlink", dst, "dst")
    _builtins._fs_pair("symlink", src, dst)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _checked("link", src, "src")
    _checked("link", dst, "dst")
    _builtins._fs_pair("link", src, dst)


def readlink(path, *, dir_fd=None):
    _checked("readlink", path)
    return _builtins._readlink(path)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _checked("chmod", path, fd=True)
    _builtins._chmod(path, _integer(mode))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    _checked("access", path)
    return _builtins._access(path, mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    _checked("utime", path, fd=True)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(t * 1_000_000_000) for t in times)
    if ns is None:
        _builtins._utime(path)
    else:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        _builtins._utime(path, ns[0], ns[1])


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(fspath(name))
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(fspath(new))
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(fspath(old))
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, files = [], []
    for entry in entries:
        (dirs if entry.is_dir() else files).append(entry.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for entry in entries:
            if entry.is_dir() and (followlinks or not entry.is_symlink()):
                yield from walk(entry.path, topdown, onerror, followlinks)
        yield top, dirs, files


class stat_result(tuple):
    """What `stat` gives, as CPython's struct sequence: the tuple of mode, inode, device,
    links, owner, group, size and the three times in whole seconds; the times also as floats
    (`st_mtime`) and nanoseconds (`st_mtime_ns`)."""

    __module__ = "os"
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _NAMES = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, values):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({len(values)}-sequence given)")
        self = tuple.__new__(cls, values[:10])
        self._ns = values[10:13] if len(values) >= 13 else tuple(v * 1_000_000_000 for v in values[7:10])
        return self

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(self._NAMES, self))
        return f"os.stat_result({fields})"

    def __reduce__(self):
        return (stat_result, (tuple(self),))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])


def _stat_result(values):
    ns = values[7:]
    return stat_result(values[:7] + tuple(t // 1_000_000_000 for t in ns) + ns)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int) and not isinstance(path, bool):
        return fstat(path)
    _checked("stat", path, fd=True)
    return _stat_result(_builtins._stat(path, follow_symlinks))


def fstat(fd):
    """The metadata of the open file numbered fd."""
    return _stat_result(_builtins._stat(_integer(fd)))


def lstat(path, *, dir_fd=None):
    _checked("lstat", path)
    return _stat_result(_builtins._stat(path, False))


class DirEntry:
    """One entry `scandir` yields: its name and path, and what kind of file it is."""

    __module__ = "posix"

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name) if directory else name
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000


class _ScandirIterator:
    """What `scandir` returns: an iterator of `DirEntry`s that is also a context manager."""

    __module__ = "posix"

    def __init__(self, directory):
        self._directory = fspath(directory)
        listed = "." if self._directory == "" else self._directory
        self._names = iter(_builtins._list_dir(listed))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path=None):
    if path is None:
        path = "."
    _checked("scandir", path, fd="or None")
    return _ScandirIterator(path)


def open(path, flags, mode=0o777, *, dir_fd=None):
    """The number of a newly opened file (for `read`, `write`, `close` and `fdopen`)."""
    _checked("open", path)
    return _builtins._fd("open", path, _integer(flags), _integer(mode))


def read(fd, n):
    return _builtins._fd("read", fd, n)


def write(fd, data):
    return _builtins._fd("write", fd, data)


def close(fd):
    _builtins._fd("close", fd)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over the open file numbered fd (`open(fd, ...)`)."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    return _builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


class terminal_size(tuple):
    """What `get_terminal_size` gives: (columns, lines), as CPython's struct sequence."""

    __module__ = "os"
    n_sequence_fields = n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


def get_terminal_size(fd=1):
    size = _builtins._os_info("terminal")
    if size is None:
        raise OSError(25, "Inappropriate ioctl for device")
    return terminal_size(size)


_UNAME_FIELDS = ("sysname", "nodename", "release", "version", "machine")


class uname_result(tuple):
    """What `uname()` gives: a tuple with named fields, as CPython's struct sequence."""

    __module__ = "posix"
    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_UNAME_FIELDS, self))
        return f"posix.uname_result({fields})"

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


def uname():
    """The system's identification, read where Linux publishes it (`/proc/sys/kernel`)."""
    def kernel(name, default=""):
        try:
            with _builtins.open("/proc/sys/kernel/" + name) as f:
                return f.read().strip()
        except OSError:
            return default
    return uname_result((kernel("ostype", "Linux"), kernel("hostname"), kernel("osrelease"),
                         kernel("version"), kernel("arch", "x86_64")))
