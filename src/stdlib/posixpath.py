"""Pathname manipulations for POSIX paths (`os.path`)."""

import builtins as _builtins

sep = "/"
curdir = "."
pardir = ".."


def join(a, *p):
    result = a
    for b in p:
        if b.startswith("/"):
            result = b
        elif not result or result.endswith("/"):
            result += b
        else:
            result += "/" + b
    return result


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
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
    return s.startswith("/")


def normpath(path):
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
    if not isabs(path):
        path = join(_builtins._getcwd(), path)
    return normpath(path)


def normcase(s):
    """The path as it is: POSIX file names are case-sensitive."""
    if isinstance(s, (str, bytes)):
        return s
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(s).__name__}")


def exists(path):
    return _builtins._file_kind(path) is not None


def isfile(path):
    return _builtins._file_kind(path) == "file"


def isdir(path):
    return _builtins._file_kind(path) == "dir"


def expanduser(path):
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
    start = abspath(start if start is not None else ".")
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
    paths = tuple(paths)
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
