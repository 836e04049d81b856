"""Pretty-printing as CPython's `pprint`: `pprint`, `pformat`, `pp`, `PrettyPrinter` (indent,
width, depth, compact, sort_dicts, underscore_numbers), `saferepr`, `isreadable` and
`isrecursive`. What fits in the width is printed as its repr (dicts with sorted keys); a
dict, list, tuple, set, frozenset or long str that does not is laid out over several lines."""

import re
import sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """A sort key for values that may not be comparable: those are ordered by type name, then
    identity."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


class _Text:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        text = _Text()
        self._format(object, text, 0, 0, {}, 0)
        return "".join(text.parts)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout(object)
            # (Empty containers and strings are their repr.)
            if layout is not None and len(object):
                context[objid] = 1
                layout(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _layout(self, object):
        """The method laying out `object` over several lines, if its type has one."""
        r = type(object).__repr__
        for base, layout in ((dict, self._pprint_dict), (list, self._pprint_list), (tuple, self._pprint_tuple),
                             (set, self._pprint_set), (frozenset, self._pprint_set), (str, self._pprint_str)):
            if r is base.__repr__:
                return layout
        return None

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if object:
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(list(items), stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(": ")
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        end = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        kind = type(object)
        if kind is set:
            stream.write("{")
            end = "}"
        else:
            stream.write(kind.__name__ + "({")
            end = "})"
            indent += len(kind.__name__) + 1
        members = sorted(object, key=_SafeKey)
        self._format_items(members, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            # Cut the line after runs of whitespace, each piece as long as fits.
            parts = re.findall(r"\S*\s*", line)[:-1]
            max_width2 = max_width
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        for i, rep in enumerate(chunks):
            if i > 0:
                stream.write("\n" + " " * indent)
            stream.write(rep)
        if level == 1:
            stream.write(")")

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        newline = ",\n" + " " * indent
        separator = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if separator:
                        separator = newline
                if width >= needed:
                    width -= needed
                    stream.write(separator)
                    separator = ", "
                    stream.write(rep)
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`, dicts with sorted keys, containers cut at
        `maxlevels` and recursion named."""
        kind = type(object)
        if kind in (str, bytes, bytearray, float, complex, bool, type(None)):
            return repr(object), True, False
        if kind is int:
            return (f"{object:_d}" if self._underscore_numbers else repr(object)), True, False
        r = kind.__repr__
        is_dict = issubclass(kind, dict) and r is dict.__repr__
        is_list = issubclass(kind, list) and r is list.__repr__
        is_tuple = issubclass(kind, tuple) and r is tuple.__repr__
        if not (is_dict or is_list or is_tuple):
            rep = repr(object)
            return rep, bool(rep and not rep.startswith("<")), False
        if not object:
            return ("{}" if is_dict else "[]" if is_list else "()"), True, False
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return ("{...}" if is_dict else "[...]" if is_list else "(...)"), False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable, recursive = True, False
        components = []
        level += 1
        if is_dict:
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for key, value in items:
                krepr, kreadable, krecursive = self.format(key, context, maxlevels, level)
                vrepr, vreadable, vrecursive = self.format(value, context, maxlevels, level)
                components.append(f"{krepr}: {vrepr}")
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
        else:
            for item in object:
                orepr, oreadable, orecursive = self.format(item, context, maxlevels, level)
                components.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecursive
        del context[objid]
        if is_dict:
            text = "{%s}" % ", ".join(components)
        elif is_list:
            text = "[%s]" % ", ".join(components)
        elif len(object) == 1:
            text = "(%s,)" % components[0]
        else:
            text = "(%s)" % ", ".join(components)
        return text, readable, recursive
