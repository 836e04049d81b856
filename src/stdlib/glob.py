"""File names matching shell patterns, as CPython's `glob`: `glob` and `iglob` expand `*`, `?`
and `[...]` in each path component (`**` spans directories when `recursive=True`); names
starting with a dot match only patterns starting with one (unless `include_hidden`). Results
come in the order the directories list their entries."""

import fnmatch
import os
import re

__all__ = ["escape", "glob", "iglob", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _expand(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _recursive(pathname[:2]):
        # A leading `**` also yields the starting directory itself, as an empty name: drop it.
        first = next(found, None)
        if first:
            return _chain(first, found)
    return found


def _chain(first, rest):
    yield first
    yield from rest


_magic = re.compile("([*?[])")
_magic_bytes = re.compile(b"([*?[])")


def has_magic(s):
    pattern = _magic_bytes if isinstance(s, bytes) else _magic
    return pattern.search(s) is not None


def escape(pathname):
    """pathname with its wildcard characters made literal (`[*]`, `[?]`, `[[]`)."""
    if isinstance(pathname, bytes):
        return _magic_bytes.sub(rb"[\1]", pathname)
    return _magic.sub(r"[\1]", pathname)


def _hidden(name):
    return name[:1] in (".", b".")


def _recursive(pattern):
    return pattern in ("**", b"**")


def _join(directory, name):
    if not directory or not name:
        return directory or name
    return os.path.join(directory, name)


def _expand(pathname, root_dir, recursive, dironly, include_hidden):
    directory, name = os.path.split(pathname)
    if not has_magic(pathname):
        if name:
            if os.path.exists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, directory)):
            # A pattern ending in a slash names only a directory.
            yield pathname
        return
    if not directory:
        if recursive and _recursive(name):
            yield from _everything_below(root_dir, dironly, include_hidden)
        else:
            yield from _matching(root_dir, name, dironly, include_hidden)
        return
    if directory != pathname and has_magic(directory):
        directories = _expand(directory, root_dir, recursive, True, include_hidden)
    else:
        directories = [directory]
    for found in directories:
        where = _join(root_dir, found)
        if not has_magic(name):
            names = _literal(where, name)
        elif recursive and _recursive(name):
            names = _everything_below(where, dironly, include_hidden)
        else:
            names = _matching(where, name, dironly, include_hidden)
        for entry in names:
            yield os.path.join(found, entry)


def _literal(directory, name):
    if name:
        return [name] if os.path.exists(_join(directory, name)) else []
    return [name] if os.path.isdir(directory) else []


def _entries(directory, dironly):
    """The names in directory (only its subdirectories if dironly); none if it can't be read."""
    try:
        names = os.listdir(directory or ".")
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(_join(directory, n))]
    return names


def _matching(directory, pattern, dironly, include_hidden):
    names = _entries(directory, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _everything_below(directory, dironly, include_hidden):
    """"" (the directory itself), then every path below it, each directory before its contents."""
    yield directory[:0]
    yield from _walk(directory, dironly, include_hidden)


def _walk(directory, dironly, include_hidden):
    for name in _entries(directory, dironly):
        if include_hidden or not _hidden(name):
            yield name
            below = _join(directory, name)
            if os.path.isdir(below):
                for inner in _walk(below, dironly, include_hidden):
                    yield _join(name, inner)
