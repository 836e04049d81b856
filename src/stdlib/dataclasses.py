"""Data classes: `@dataclass` makes `__init__`, `__repr__`, `__eq__` (and with `order=True`
the orderings, with `frozen=True` a read-only instance) from the class's annotated fields."""

import types
from keyword import iskeyword

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "fields", "asdict", "astuple",
           "make_dataclass", "replace", "is_dataclass", "MISSING", "KW_ONLY"]


class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()


class _KW_ONLY_TYPE:
    pass


# The annotation `_: KW_ONLY` makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True,
                 hash=None, kw_only=MISSING):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.hash = hash
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"compare={self.compare!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          kw_only=MISSING):
    return Field(default, default_factory, init, repr, compare, hash, kw_only)


def fields(class_or_instance):
    try:
        return tuple(class_or_instance.__dataclass_fields__.values())
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _collect_fields(cls, kw_only):
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            collected[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    kw_only_seen = False
    for name, type_ in annotations.items():
        if type_ is KW_ONLY or (isinstance(type_, str) and type_ in ("KW_ONLY", "dataclasses.KW_ONLY")):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f"mutable default {type(default)} for field {name} is not allowed: "
                                 "use default_factory")
            f = Field(default=default)
        f.name = name
        f.type = type_
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        collected[name] = f
    return collected


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _missing_error(qualname, missing, kind):
    """CPython's message for a call missing required arguments: "'a', 'b', and 'c'"."""
    names = [repr(m) for m in missing]
    listed = names[0] if len(names) == 1 else (
        f"{names[0]} and {names[1]}" if len(names) == 2 else ", ".join(names[:-1]) + f", and {names[-1]}")
    plural = "s" if len(names) > 1 else ""
    return TypeError(f"{qualname}() missing {len(names)} required {kind} argument{plural}: {listed}")


def _plural(n, what):
    return f"{n} {what}" + ("" if n == 1 else "s")


def _make_init(cls, flds, frozen):
    """`__init__(self, <fields in order>, *, <keyword-only fields>)`, with a plain function's
    messages for a call that does not fit it."""
    init_fields = [f for f in flds.values() if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        if _has_default(f):
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    qualname = cls.__qualname__ + ".__init__"
    most = len(positional) + 1
    least = sum(1 for f in positional if not _has_default(f)) + 1

    def __init__(self, *args, **kwargs):
        if len(args) >= most:
            takes = f"{most}" if least == most else f"from {least} to {most}"
            given = len(args) + 1
            keywords = sum(1 for f in keyword_only if f.name in kwargs)
            were = f"{given}"
            if keywords:
                were = f"{_plural(given, 'positional argument')} (and {_plural(keywords, 'keyword-only argument')})"
            raise TypeError(f"{qualname}() takes {takes} positional argument{'s' if most > 1 else ''} but "
                            f"{were} were given")
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in flds or not flds[name].init:
                raise TypeError(f"{qualname}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
            values[name] = value
        for group, kind in ((positional, "positional"), (keyword_only, "keyword-only")):
            missing = [f.name for f in group if f.name not in values and not _has_default(f)]
            if missing:
                raise _missing_error(qualname, missing, kind)
        for f in flds.values():
            if f.name not in values:
                if f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                else:
                    continue
            object.__setattr__(self, f.name, values[f.name])
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()
    return __init__


def _tuple_of(self, flds):
    return tuple(getattr(self, f.name) for f in flds.values() if f.compare)


def _process_class(cls, init, repr, eq, order, frozen, unsafe_hash, match_args, kw_only):
    flds = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = flds
    if init:
        cls.__init__ = _make_init(cls, flds, frozen)
    if repr:
        def __repr__(self):
            parts = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in flds.values() if f.repr)
            return f"{self.__class__.__qualname__}({parts})"
        cls.__repr__ = __repr__
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, flds) == _tuple_of(other, flds)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, flds), _tuple_of(other, flds))
                return NotImplemented
            return compare
        cls.__lt__ = make(lambda a, b: a < b)
        cls.__le__ = make(lambda a, b: a <= b)
        cls.__gt__ = make(lambda a, b: a > b)
        cls.__ge__ = make(lambda a, b: a >= b)
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(_tuple_of(self, flds))
    elif eq:
        cls.__hash__ = None
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds.values() if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, frozen, unsafe_hash, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return type(obj)(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj


def astuple(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple(astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(astuple(v) for v in obj)
    if isinstance(obj, dict):
        return {astuple(k): astuple(v) for k, v in obj.items()}
    return obj


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """A new dataclass named `cls_name` with `fields`: names, `(name, type)` or
    `(name, type, Field or default)`; the class is made by `types.new_class` (so its
    `__module__` is "types", as in CPython 3.11)."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
