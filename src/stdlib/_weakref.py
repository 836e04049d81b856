"""`_weakref`: weak references (`ref`, `proxy`) and their counts, over the VM's weak
handles (`_weakref_handles`); `weakref` builds its mappings and sets on them."""

import _weakref_handles

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "ReferenceType", "ProxyType",
           "CallableProxyType"]


class ReferenceType:
    """A weak reference: calling it gives the object, or None once the object is gone."""

    def __init__(self, ob, callback=None):
        self._handle = _weakref_handles.handle(ob)
        self._hash = None
        self._callback = callback
        if callback is not None:
            _weakref_handles.watch(ob, self, callback)

    def __call__(self):
        return _weakref_handles.target(self._handle)

    @property
    def __callback__(self):
        # CPython drops the callback when the object dies.
        return None if self() is None else self._callback

    @__callback__.setter
    def __callback__(self, value):
        raise AttributeError("readonly attribute")

    @__callback__.deleter
    def __callback__(self):
        raise AttributeError("readonly attribute")

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType
ReferenceType.__module__ = "weakref"


def getweakrefcount(object):
    """The number of weak references to `object`."""
    try:
        return _weakref_handles.count(object)
    except TypeError:
        return 0


def getweakrefs(object):
    """The weak references to `object` (not kept here: always empty)."""
    return []


class ProxyType:
    """A weak proxy: it behaves as the object while the object lives, else raises
    ReferenceError."""

    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_proxy_ref", ref(ob, callback))

    def _target(self):
        ob = object.__getattribute__(self, "_proxy_ref")()
        if ob is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return ob

    def __getattr__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)

    def __repr__(self):
        ob = object.__getattribute__(self, "_proxy_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._target(self)[key]

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __ne__(self, other):
        return ProxyType._target(self) != other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __sub__(self, other):
        return ProxyType._target(self) - other

    def __mul__(self, other):
        return ProxyType._target(self) * other

    __hash__ = None


CallableProxyType = ProxyType


def proxy(object, callback=None):
    """A proxy of `object` that refers to it weakly."""
    return ProxyType(object, callback)


ProxyType.__module__ = "weakref"
