"""Abstract base classes: `ABCMeta`, `ABC`, `abstractmethod`, registration of virtual
subclasses and `__subclasshook__`, with CPython's semantics (`_py_abc`).

`ABC` and classes made with `metaclass=ABCMeta` get their ABC machinery from the metaclass.
The root classes of `collections.abc` still get it from `_install_stand_ins`, which installs
ABCMeta's `register`, `__instancecheck__` and `__subclasscheck__` as class methods (consulted
by the built-in `isinstance`/`issubclass`) and an `__init_subclass__` running `_abc_init`;
moving them to `metaclass=ABCMeta` is the next step."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (staticmethod, classmethod)):
        value = value.__func__
    return getattr(value, "__isabstractmethod__", False) is True


def abstractproperty(func):
    return property(abstractmethod(func))


def abstractclassmethod(func):
    return classmethod(abstractmethod(func))


def abstractstaticmethod(func):
    return staticmethod(abstractmethod(func))


# Bumped by every registration, so negative caches made before it are ignored.
_invalidation_counter = 0


class _AbcData:
    __slots__ = ("registry", "cache", "negative_cache", "negative_version", "subclasses")

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter
        self.subclasses = []


def _resolve(cls, name):
    """`name` as the MRO of `cls` resolves it, built-in types included (whose methods a class
    attribute lookup does not see in pyglass)."""
    for klass in cls.__mro__:
        namespace = getattr(klass, "__dict__", None)
        if namespace is not None and name in namespace:
            return namespace[name]
    return None


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(_resolve(cls, name)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def _abc_init(cls):
    """Compute `cls.__abstractmethods__` and give it its registry and caches."""
    _compute_abstracts(cls)
    cls._abc_impl = _AbcData()
    for base in cls.__bases__:
        impl = _own_impl(base)
        if impl is not None:
            impl.subclasses.append(cls)


def _own_impl(cls):
    namespace = getattr(cls, "__dict__", None)
    return namespace.get("_abc_impl") if isinstance(namespace, dict) else None


def update_abstractmethods(cls):
    if _own_impl(cls) is not None:
        _compute_abstracts(cls)
    return cls


def _register(cls, subclass):
    global _invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    cls._abc_impl.registry.append(subclass)
    _invalidation_counter += 1
    return subclass


def _instancecheck(cls, instance):
    subclass = type(instance)
    impl = cls._abc_impl
    if subclass in impl.cache:
        return True
    if impl.negative_version == _invalidation_counter and subclass in impl.negative_cache:
        return False
    return cls.__subclasscheck__(subclass)


def _subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    impl = _own_impl(cls)
    if impl is None:
        impl = cls._abc_impl = _AbcData()
    if subclass in impl.cache:
        return True
    if impl.negative_version < _invalidation_counter:
        impl.negative_cache = set()
        impl.negative_version = _invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    hook = getattr(cls, "__subclasshook__", None)
    ok = hook(subclass) if hook is not None else NotImplemented
    if ok is not NotImplemented:
        if ok:
            impl.cache.add(subclass)
        else:
            impl.negative_cache.add(subclass)
        return ok
    if cls in subclass.__mro__:
        impl.cache.add(subclass)
        return True
    for candidate in impl.registry + impl.subclasses:
        if issubclass(subclass, candidate):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def _abc_init_subclass(cls, **kwargs):
    _abc_init(cls)


def _subclasshook(cls, subclass):
    return NotImplemented


def _install_stand_ins(cls):
    """Make `cls` a root ABC: the metaclass's methods as class methods (see the module doc)."""
    cls.register = classmethod(_register)
    cls.__instancecheck__ = classmethod(_instancecheck)
    cls.__subclasscheck__ = classmethod(_subclasscheck)
    cls.__init_subclass__ = classmethod(_abc_init_subclass)
    if "__subclasshook__" not in cls.__dict__:
        cls.__subclasshook__ = classmethod(_subclasshook)
    _abc_init(cls)
    return cls


class ABCMeta(type):
    """The metaclass of ABCs."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        return _register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _subclasscheck(cls, subclass)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def get_cache_token():
    return _invalidation_counter


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
