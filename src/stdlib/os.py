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
