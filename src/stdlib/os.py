"""Operating-system interfaces: the environment, the current directory, directory listings,
and the file operations scripts use most (`os.path` is `posixpath`). Everything touching the
system goes through pyglass's host."""

import builtins as _builtins
import posixpath as path
import sys as _sys

# `import os.path` finds the module here, as CPython's os module arranges.
_sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"

environ = dict(_builtins._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def _exit(status):
    _builtins._exit_now(status)


def getcwd():
    return _builtins._getcwd()


def chdir(path):
    _builtins._change_fs("chdir", fspath(path))


def listdir(path="."):
    return _builtins._list_dir(path)


def remove(path):
    _builtins._change_fs("remove", path)


unlink = remove


def mkdir(path, mode=0o777):
    _builtins._change_fs("mkdir", path)


def rmdir(path):
    _builtins._change_fs("rmdir", path)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, exist_ok=True)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def walk(top, topdown=True):
    try:
        names = sorted(listdir(top))
    except OSError:
        return
    dirs = [n for n in names if path.isdir(path.join(top, n))]
    files = [n for n in names if not path.isdir(path.join(top, n))]
    if topdown:
        yield top, dirs, files
    for d in dirs:
        yield from walk(path.join(top, d), topdown)
    if not topdown:
        yield top, dirs, files


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


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
            with open("/proc/sys/kernel/" + name) as f:
                return f.read().strip()
        except OSError:
            return default
    return uname_result((kernel("ostype", "Linux"), kernel("hostname"), kernel("osrelease"),
                         kernel("version"), kernel("arch", "x86_64")))
