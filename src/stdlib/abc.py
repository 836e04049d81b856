"""Abstract base classes: `ABC` and `abstractmethod` (instantiating a class that still has
abstract methods raises TypeError, as CPython's ABCMeta arranges)."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls):
    names = set()
    for klass in reversed(cls.__mro__):
        for name, value in getattr(klass, "__dict__", {}).items():
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
            elif name in names:
                names.discard(name)
    return sorted(names)


class ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        missing = _abstract_names(cls)
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} "
                            + ", ".join(missing))
        return object.__new__(cls)


ABCMeta = type


def abstractproperty(func):
    return property(abstractmethod(func))
