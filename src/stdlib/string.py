"""Common string constants, capwords, Template (`$`-substitution) and Formatter (`str.format`
as overridable steps)."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == "_" or "a" <= c <= "z" or "A" <= c <= "Z"


def _is_id_char(c):
    return _is_id_start(c) or "0" <= c <= "9"


class Template:
    """A string with `$name`, `${name}` and `$$` placeholders. Subclasses may change
    `delimiter`; the identifiers are ASCII, as CPython's default `idpattern`."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """The template as ("text", s), ("escaped", None), ("name", (name, source)) and
        ("invalid", index after the delimiter) pieces, in order."""
        text = self.template
        delim = self.delimiter
        pieces = []
        start = 0
        i = text.find(delim)
        while i >= 0:
            pieces.append(("text", text[start:i]))
            j = i + len(delim)
            if text.startswith(delim, j):
                pieces.append(("escaped", None))
                start = j + len(delim)
            elif j < len(text) and _is_id_start(text[j]):
                k = j + 1
                while k < len(text) and _is_id_char(text[k]):
                    k += 1
                pieces.append(("name", (text[j:k], text[i:k])))
                start = k
            elif text.startswith("{", j) and j + 1 < len(text) and _is_id_start(text[j + 1]):
                k = j + 2
                while k < len(text) and _is_id_char(text[k]):
                    k += 1
                if text.startswith("}", k):
                    pieces.append(("name", (text[j + 1:k], text[i:k + 1])))
                    start = k + 1
                else:
                    pieces.append(("invalid", j))
                    start = j
            else:
                pieces.append(("invalid", j))
                start = j
            i = text.find(delim, start)
        pieces.append(("text", text[start:]))
        return pieces

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, value in self._pieces():
            if kind == "text":
                out.append(value)
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "name":
                name, source = value
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(source)
                else:
                    out.append(str(mapping[name]))
            elif safe:
                out.append(self.delimiter)
            else:
                self._invalid(value)
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != "invalid" for kind, _ in self._pieces())

    def get_identifiers(self):
        ids = []
        for kind, value in self._pieces():
            if kind == "name" and value[0] not in ids:
                ids.append(value[0])
            elif kind == "invalid":
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


class _ChainMap:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _parse_format(text):
    """`Formatter.parse`: (literal_text, field_name, format_spec, conversion) tuples."""
    literal = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "}":
            if i + 1 < n and text[i + 1] == "}":
                # An escaped brace ends a literal chunk, as CPython's parser splits.
                yield "".join(literal) + "}", None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == "{":
            yield "".join(literal) + "{", None, None, None
            literal = []
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        depth, j = 1, i + 1
        while j < n and depth:
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        field = text[i + 1:j - 1]
        spec_at = field.find(":")
        bang_at = field.find("!")
        conversion = None
        spec = ""
        if spec_at >= 0 and (bang_at < 0 or spec_at < bang_at):
            name, spec = field[:spec_at], field[spec_at + 1:]
        elif bang_at >= 0:
            name, rest = field[:bang_at], field[bang_at + 1:]
            if rest[:1] in ("", ":"):
                raise ValueError("end of string while looking for conversion specifier")
            conversion = rest[0]
            if len(rest) > 1:
                if rest[1] != ":":
                    raise ValueError("expected ':' after conversion specifier")
                spec = rest[2:]
        else:
            name = field
        yield "".join(literal), name, spec, conversion
        literal = []
        i = j
    if literal:
        yield "".join(literal), None, None, None


def _split_field_name(name):
    """The first part of a field name (an int if numeric) and its `.attr`/`[key]` accessors."""
    end = len(name)
    for k, c in enumerate(name):
        if c in ".[":
            end = k
            break
    first = name[:end]
    if first.isdigit():
        first = int(first)
    rest = []
    i = end
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """`str.format` as overridable steps: parse, get_field, get_value, convert_field,
    format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
