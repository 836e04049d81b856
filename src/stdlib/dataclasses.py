"""Data classes: `@dataclass` makes `__init__`, `__repr__`, `__eq__` (and with `order=True`
the orderings, with `frozen=True` a read-only instance) from the class's annotated fields."""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "fields", "asdict", "astuple",
           "replace", "is_dataclass", "MISSING"]


class _Missing:
    def __repr__(self):
        return "MISSING"


MISSING = _Missing()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True,
                 hash=None, kw_only=False):
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
          kw_only=False):
    return Field(default, default_factory, init, repr, compare, hash, kw_only)


def fields(class_or_instance):
    try:
        return tuple(class_or_instance.__dataclass_fields__.values())
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def _collect_fields(cls):
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            collected[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name, type_ in annotations.items():
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
        collected[name] = f
    return collected


def _make_init(cls, flds, frozen):
    init_fields = [f for f in flds.values() if f.init]
    seen_default = False
    for f in init_fields:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default and not f.kw_only:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    qualname = cls.__qualname__ + ".__init__"

    def __init__(self, *args, **kwargs):
        if len(args) > len(init_fields):
            raise TypeError(f"{qualname}() takes {len(init_fields) + 1} positional arguments but "
                            f"{len(args) + 1} were given")
        values = {}
        for f, value in zip(init_fields, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in flds or not flds[name].init:
                raise TypeError(f"{qualname}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
            values[name] = value
        missing = []
        for f in init_fields:
            if f.name not in values:
                if f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                else:
                    missing.append(f.name)
        if missing:
            if len(missing) == 1:
                raise TypeError(f"{qualname}() missing 1 required positional argument: {missing[0]!r}")
            listed = ", ".join(repr(m) for m in missing[:-1]) + f" and {missing[-1]!r}"
            raise TypeError(f"{qualname}() missing {len(missing)} required positional arguments: {listed}")
        for f in flds.values():
            if not f.init:
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


def _process_class(cls, init, repr, eq, order, frozen, unsafe_hash):
    flds = _collect_fields(cls)
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
    cls.__match_args__ = tuple(f.name for f in flds.values() if f.init)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, frozen, unsafe_hash)
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
