"""Pathname manipulations for POSIX paths (`os.path`). Every function takes str or an
`os.PathLike` object (through `os.fspath`), as CPython's do."""

import builtins as _builtins
import os as _os
from os import fspath as _fspath

sep = "/"
curdir = "."
pardir = ".."


def join(a, *p):
    a = _fspath(a)
    result = a
    for b in map(_fspath, p):
        if b.startswith("/"):
            result = b
        elif not result or result.endswith("/"):
            result += b
        else:
            result += "/" + b
    return result


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    return split(p)[0]


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def isabs(s):
    s = _fspath(s)
    return s.startswith("/")


def normpath(path):
    path = _fspath(path)
    if not path:
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else (1 if path.startswith("/") else 0)
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_builtins._getcwd(), path)
    return normpath(path)


def normcase(s):
    """The path as it is: POSIX file names are case-sensitive."""
    return _fspath(s)


def _mode(path, follow=True):
    """The file's mode bits, 0 if it cannot be examined."""
    _os._checked("stat" if follow else "lstat", path, fd=follow)
    try:
        return _builtins._stat(path, follow)[0]
    except (OSError, ValueError):
        return 0


def exists(path):
    return _mode(path) != 0


def lexists(path):
    return _mode(path, False) != 0


def isfile(path):
    return _mode(path) & 0o170000 == 0o100000


def isdir(s):
    return _mode(s) & 0o170000 == 0o040000


def islink(path):
    return _mode(path, False) & 0o170000 == 0o120000


def ismount(path):
    path = abspath(path)
    if path == "/":
        return True
    try:
        here = _builtins._stat(path, False)
        parent = _builtins._stat(join(path, ".."), False)
    except OSError:
        return False
    if here[0] & 0o170000 == 0o120000:
        return False
    return here[2] != parent[2] or here[1] == parent[1]


def getsize(filename):
    _os._checked("stat", filename, fd=True)
    return _builtins._stat(filename, True)[6]


def getatime(filename):
    _os._checked("stat", filename, fd=True)
    return _builtins._stat(filename, True)[7] / 1e9


def getmtime(filename):
    _os._checked("stat", filename, fd=True)
    return _builtins._stat(filename, True)[8] / 1e9


def getctime(filename):
    _os._checked("stat", filename, fd=True)
    return _builtins._stat(filename, True)[9] / 1e9


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    import os
    return samestat(os.stat(f1), os.stat(f2))


def realpath(filename, *, strict=False):
    """filename absolute, with every symbolic link in it followed (a part that does not exist
    is kept as it is, unless strict)."""
    filename = _fspath(filename)
    path, ok = _resolve("", filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Join `rest` to the resolved `path`, following links; `seen` maps each link being
    resolved to its result (None while in progress, so a loop is caught)."""
    if isabs(rest):
        rest = rest[1:]
        path = "/"
    while rest:
        name, _, rest = rest.partition("/")
        if not name or name == ".":
            continue
        if name == "..":
            if path:
                path, name = split(path)
                if name == "..":
                    path = join(path, "..", "..")
            else:
                path = ".."
            continue
        newpath = join(path, name)
        try:
            st = _builtins._stat(newpath, False)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st[0] & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _builtins._stat(newpath, True)  # raises ELOOP's OSError
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, _builtins._readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    import os
    home = os.environ.get("HOME", "/")
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        return (home.rstrip("/") or "/") + path[i:]
    return path


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = abspath(_fspath(start) if start is not None else ".")
    path = abspath(path)
    start_list = [x for x in start.split("/") if x]
    path_list = [x for x in path.split("/") if x]
    i = 0
    while i < min(len(start_list), len(path_list)) and start_list[i] == path_list[i]:
        i += 1
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    return join(*rel_list) if rel_list else "."


def commonprefix(m):
    if not m:
        return ""
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of `paths` (all absolute or all relative)."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    if isinstance(paths[0], bytes):
        sep, curdir = b"/", b"."
    else:
        sep, curdir = "/", "."
    split_paths = [path.split(sep) for path in paths]
    try:
        (isabs,) = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1, s2 = min(split_paths), max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else sep[:0]
    return prefix + sep.join(common)
