"""Enumerations (PEP 435) as CPython 3.11 makes, prints and checks them: `Enum`, `IntEnum`,
`StrEnum`, `Flag`, `IntFlag`, `auto`, `unique`, `member`/`nonmember` and the functional API.

The metaclass `EnumType` collects the members while the class body runs (its namespace is an
`_EnumDict`, which resolves `auto()` in definition order), then makes each member an instance
of the new class: `_name_`, `_value_`, and for mixed-in data types (`int`, `str`) the value
itself. Lookups by value go through `_value2member_map_`, then `_missing_`; flags make their
combinations on demand and keep them there too."""

__all__ = ["EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "auto", "unique", "member",
           "nonmember", "property"]

_builtin_property = property


class _NoValue:
    def __repr__(self):
        return "_auto_null"


_auto_null = _NoValue()


class auto:
    """A member value to be filled in by `_generate_next_value_`."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces `value` to become a member (even a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps `value` a plain class attribute."""

    def __init__(self, value):
        self.value = value


class property:
    """An attribute of members (`name`, `value`, ...) that a member of the same name may
    shadow only on the class: through a member, the function's result; through the class,
    the member of that name."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.name = getattr(fget, "__name__", None)
        self.owner_name = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner_name = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            try:
                return owner._member_map_[self.name]
            except KeyError:
                raise AttributeError(self.name) from None
        if self.fget is None:
            raise AttributeError("<enum %r> property %r has no getter" % (self.owner_name, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.owner_name, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.owner_name, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class mappingproxy:
    """A read-only view of a dict, as `EnumType.__members__` returns (CPython's type)."""

    __module__ = "builtins"

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(class_name, name):
    prefix = "_%s__" % (class_name.lstrip("_"),)
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(value):
    if type(value).__name__ in ("function", "staticmethod", "classmethod", "property"):
        return True
    kind = type(value)
    return hasattr(kind, "__get__") or hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


def _bin(value, width):
    """`0b0 0101`: a sign digit, then `width` binary digits (CPython's `enum.bin`)."""
    digits = format(value, "b")
    if len(digits) < width:
        digits = "0" * (width - len(digits)) + digits
    return "0b0 " + digits


_SUNDER_NAMES = ("_order_", "_generate_next_value_", "_missing_", "_ignore_", "_numeric_repr_",
                 "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_")


class _EnumDict(dict):
    """The namespace of an enum's class body: records member names in order, resolves
    `auto()`, and refuses names used twice."""

    def __init__(self, class_name, generate):
        super().__init__()
        self._class_name = class_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if _is_private(self._class_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if key == "_generate_next_value_":
                self._generate = value.__func__ if isinstance(value, staticmethod) else value
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = names
                for name in names:
                    if name in self._member_names:
                        raise ValueError("_ignore_ cannot specify already set names: %r" % (name,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value


def _data_type(class_name, bases):
    """The mixed-in data type of an enum with `bases` (`object` for none) and its last enum
    base (`None` when making `Enum` itself)."""
    if not bases:
        return object, None
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    found = set()
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType):
                continue
            if "__new__" in getattr(base, "__dict__", {}) or base in (int, str, float, bytes, tuple):
                found.add(base)
                break
    if len(found) > 1:
        names = ", ".join(sorted(t.__name__ for t in found))
        raise TypeError("too many data types for %r: %s" % (class_name, names))
    data_type = found.pop() if found else last._member_type_
    return data_type, last


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        _, first_enum = _data_type(cls, bases)
        generate = getattr(first_enum, "_generate_next_value_", None)
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_type, first_enum = _data_type(cls, bases)
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else [
            k for k in classdict if not (_is_dunder(k) or _is_sunder(k) or _is_descriptor(classdict[k]))]
        namespace = dict(classdict)
        values = [(name, namespace.pop(name)) for name in member_names]
        order = namespace.pop("_order_", None)
        for name in classdict._ignore if isinstance(classdict, _EnumDict) else ():
            namespace.pop(name, None)
        namespace.pop("_ignore_", None)
        # A `__new__` in the body makes the members; the class's own stays `Enum.__new__`,
        # which looks members up by value.
        new_member = namespace.pop("__new__", None) if first_enum is not None else None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None and first_enum is not None:
            new_member = first_enum._new_member_
        namespace["_new_member_"] = None if new_member is None else staticmethod(new_member)
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_member_type_"] = member_type
        generate = namespace.get("_generate_next_value_")
        if generate is not None and not isinstance(generate, staticmethod):
            namespace["_generate_next_value_"] = staticmethod(generate)
        # A mixed-in data type hashes members as its values (it comes first in the MRO).
        if member_type is not object and "__hash__" not in namespace:
            namespace["__hash__"] = _hash_value
        is_flag = boundary is not None or (Flag is not None and issubclass(first_enum, Flag))
        if is_flag:
            namespace["_boundary_"] = boundary or first_enum._boundary_
            namespace["_inverted_"] = None
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        for name, value in values:
            enum_class._add_member_(name, value)
        if is_flag:
            _finish_flag(enum_class)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        data_type = cls._member_type_
        if cls._new_member_ is not None:
            made = cls._new_member_(cls, *args)
        elif data_type is object:
            made = object.__new__(cls)
        else:
            made = data_type.__new__(cls, *args)
        if not hasattr(made, "_value_"):
            if data_type is object:
                made._value_ = value
            else:
                made._value_ = data_type(*args)
        value = made._value_
        made._name_ = name
        made.__objclass__ = cls
        made.__init__(*args)
        made._sort_order_ = len(cls._member_names_)
        existing = cls._find_value_(value)
        if existing is not None:
            made = existing
        elif not (Flag is not None and issubclass(cls, Flag)) or _is_single_bit(value):
            cls._member_names_.append(name)
        cls._member_map_[name] = made
        # A member named like a property of members (`name`, `value`) is found through it.
        if not any(isinstance(getattr(base, "__dict__", {}).get(name), property) for base in cls.__mro__):
            type.__setattr__(cls, name, made)
        try:
            cls._value2member_map_.setdefault(value, made)
        except TypeError:
            pass

    def _find_value_(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for name in cls._member_names_:
                if cls._member_map_[name]._value_ == value:
                    return cls._member_map_[name]
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _data_type(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                item = (item, names[item])
            classdict[item[0]] = item[1]
        classdict["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    @_builtin_property
    def __members__(cls):
        return mappingproxy(cls._member_map_)


EnumMeta = EnumType
Flag = None


def _hash_value(member):
    return hash(member._value_)


def _finish_flag(cls):
    """A new flag class's masks: every bit of its members, and all bits up to the highest."""
    mask = 0
    for flag in cls._member_map_.values():
        if flag._value_ > 0:
            mask |= flag._value_
    type.__setattr__(cls, "_flag_mask_", mask)
    type.__setattr__(cls, "_all_bits_", 2 ** mask.bit_length() - 1)
    values = [cls._member_map_[name]._value_ for name in cls._member_names_]
    type.__setattr__(cls, "_by_definition_", values != sorted(values))


class Enum(metaclass=EnumType):
    """Generic enumeration: members with a name and a value."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = cls._find_value_(value)
        if found is not None:
            return found
        failure = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            failure = e
            result = None
        if isinstance(result, cls):
            return result
        invalid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and failure is None:
            raise invalid
        if failure is None:
            failure = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                                % (cls.__name__, result))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return max(last_values) + 1
        except TypeError:
            for value in reversed(last_values):
                try:
                    return value + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Only the repr is the enum's: str() and format() are the data type's."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        made = str.__new__(cls, *values)
        made._value_ = str(*values)
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a flag does with a value that has bits no member has."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members that combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        if not isinstance(last, int):
            raise TypeError("invalid flag value %r" % (last,))
        return 2 ** last.bit_length()

    @classmethod
    def _iter_member_(cls, value):
        """The canonical members whose bits are in `value`."""
        members = [cls._member_map_[name] for name in cls._member_names_]
        if not cls._by_definition_:
            members.sort(key=lambda m: m._value_)
        for m in members:
            if m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask, all_bits = cls._flag_mask_, cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, width), _bin(mask, width)))
            if boundary is CONFORM:
                value = value & mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        known = value & mask
        members = list(cls._iter_member_(known))
        combined = 0
        for m in members:
            combined |= m._value_
        unknown = value ^ combined
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = None
        if combined:
            pseudo._name_ = "|".join(m._name_ for m in members)
            if unknown:
                pseudo._name_ += "|%r" % (unknown,)
        pseudo._sort_order_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count("1")

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ & ~self._value_)
            self._inverted_ = inverted
        return self._inverted_


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""


def unique(enumeration):
    """Class decorator: ValueError when some member is an alias of another."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
