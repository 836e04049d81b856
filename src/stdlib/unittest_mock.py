"""unittest.mock (pyglass's own): Mock, MagicMock, NonCallableMock, PropertyMock, call objects,
the assert_* helpers with CPython 3.11's messages, spec/spec_set, wraps, side_effect,
ANY/DEFAULT/sentinel, patch (decorator, context manager, start/stop), patch.object, patch.dict,
patch.multiple and mock_open. Not done: AsyncMock, create_autospec, seal, signature checking."""

import pprint as _pprint
import sys as _sys

__all__ = ["Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "PropertyMock",
           "call", "ANY", "DEFAULT", "sentinel", "patch", "mock_open"]


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    """Unique named objects: sentinel.foo is always the same object."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError(name)
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_instance_mock(obj):
    return isinstance(obj, NonCallableMock)


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend("%s=%r" % (k, v) for k, v in kwargs.items())
    return "%s(%s)" % (name, ", ".join(parts))


class _CallList(list):
    """A list of calls; `in` also finds a contiguous sub-list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if list(self[i:i + n]) == list(value):
                return True
        return False

    def __repr__(self):
        return _pprint.pformat(list(self))


def _split_call(value):
    """(name, args, kwargs) from a call given as a tuple of 0 to 3 of those parts (a lone str is
    the name, a lone tuple the args, a lone dict the kwargs)."""
    name, args, kwargs = "", (), {}
    n = len(value)
    if n == 3:
        name, args, kwargs = value
    elif n == 2:
        first, second = value
        if isinstance(first, str):
            # (name, args) or (name, kwargs)
            _, args, kwargs = _split_call((second,))
            name = first
        else:
            args, kwargs = first, second
    elif n == 1:
        (only,) = value
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return name, args, kwargs


class _Call(tuple):
    """A call: (args, kwargs) for call_args, (name, args, kwargs) in mock_calls; `call.foo(1)`
    builds the same shapes for comparisons."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        # `value` gives the recorded (name, args, kwargs); `name` is the dotted path used when
        # the call object is extended (call.foo -> "foo", call.foo(1) -> "foo()").
        vname, args, kwargs = _split_call(value)
        if two:
            self = tuple.__new__(cls, (args, kwargs))
        else:
            self = tuple.__new__(cls, (vname, args, kwargs))
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return "", args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        sp = getattr(self, "_mock_parent", None)
        op = getattr(other, "_mock_parent", None)
        if sp is not None and op is not None and sp != op:
            return False
        if len_other > 3:
            return False
        other_name, other_args, other_kwargs = _split_call(other)
        if self_name and other_name != self_name:
            return False
        # Compared separately (other's values on the left, so ANY in self still matches):
        # pyglass's tuple equality does not reach __eq__ of values nested inside a dict.
        return other_args == self_args and other_kwargs == self_kwargs

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name="%s.%s" % (self._mock_name, attr), parent=self, from_kall=False)

    def count(self, *args, **kwargs):
        return self.__getattr__("count")(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__("index")(*args, **kwargs)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2 or not name:
            name = "call"
        elif not name.startswith("()"):
            name = "call.%s" % name
        else:
            name = "call%s" % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False, name=None)

# Attributes kept in the instance dict directly (never children).
_ALLOWED = {"return_value", "side_effect", "called", "call_count", "call_args", "call_args_list",
            "mock_calls", "method_calls", "_mock_return_value", "_mock_side_effect"}

_CALCULATED = {
    "__hash__": lambda self: lambda: object.__hash__(self),
    "__str__": lambda self: lambda: type(self).__repr__(self),
}
_RETURN_VALUES = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
    "__exit__": False, "__complex__": 1j, "__float__": 1.0, "__bool__": True, "__index__": 1,
}
_MAGICS = set(_RETURN_VALUES) | set(_CALCULATED) | {
    "__eq__", "__ne__", "__iter__", "__next__", "__getitem__", "__setitem__", "__delitem__",
    "__enter__", "__neg__", "__pos__", "__abs__", "__invert__", "__round__", "__trunc__",
    "__floor__", "__ceil__", "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__",
    "__mod__", "__pow__", "__and__", "__or__", "__xor__", "__lshift__", "__rshift__",
    "__radd__", "__rsub__", "__rmul__", "__iadd__", "__isub__", "__fspath__", "__reversed__",
    "__missing__", "__format__", "__sizeof__", "__dir__"}
# Magic methods MagicMock configures (CPython leaves __dir__/__format__ etc. to object).
_MAGIC_DEFAULTS = _MAGICS - {"__dir__", "__format__", "__sizeof__", "__missing__"}


def _side_effect_for(mock, name):
    if name == "__eq__":
        def eq(other):
            rv = mock.__eq__._mock_return_value
            if rv is not DEFAULT:
                return rv
            return True if mock is other else NotImplemented
        return eq
    if name == "__ne__":
        def ne(other):
            if mock.__ne__._mock_return_value is not DEFAULT:
                return DEFAULT
            return False if mock is other else NotImplemented
        return ne
    if name == "__iter__":
        def it():
            rv = mock.__iter__._mock_return_value
            if rv is DEFAULT:
                return iter([])
            return iter(rv)
        return it
    return None


class _MagicProxy:
    """Class-level descriptor for a magic method: attribute access gives the child mock; the
    interpreter's special-method lookups may either bind it (__get__) or call it with the
    instance first (__call__), both end in a call of the child mock."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, tp=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)

    def __call__(self, obj, *args, **kwargs):
        return obj._mock_magic(self.name)(*args, **kwargs)


def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    d = value.__dict__
    if (d["_mock_name"] or d["_mock_new_name"] or d["_mock_parent"] is not None
            or d["_mock_new_parent"] is not None):
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p.__dict__["_mock_new_parent"]
    d["_mock_new_parent"] = parent
    d["_mock_new_name"] = new_name
    if name:
        d["_mock_parent"] = parent
        d["_mock_name"] = name
    return True


class NonCallableMock:
    """A mock that records attribute access; children are created on first access."""

    def __new__(cls, *args, **kwargs):
        # Each instance gets its own subclass so magic methods can be set per instance.
        sub = type(cls.__name__, (cls,), {"__doc__": cls.__doc__, "_mock_per_instance": True})
        return object.__new__(sub)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d["_spec_class"] = None
        d["_mock_methods"] = None
        d["_spec_set"] = spec_set
        self._mock_add_spec(spec, spec_set)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_unsafe"] = unsafe
        d["_mock_return_value"] = kwargs.pop("return_value", DEFAULT)
        d["_mock_side_effect"] = None
        d["called"] = False
        d["call_count"] = 0
        d["call_args"] = None
        d["call_args_list"] = _CallList()
        d["mock_calls"] = _CallList()
        d["method_calls"] = _CallList()
        se = kwargs.pop("side_effect", None)
        if se is not None:
            d["_mock_side_effect"] = _try_iter(se)
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        d = self.__dict__
        if spec is not None and not (isinstance(spec, list) and all(isinstance(s, str) for s in spec)):
            d["_spec_class"] = spec if isinstance(spec, type) else type(spec)
            spec = dir(spec)
        d["_mock_methods"] = spec
        d["_spec_set"] = spec_set

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_get_class(self):
        sc = self.__dict__.get("_spec_class")
        if sc is None:
            return type(self)
        return sc

    # Written as an assignment (not @property) so isinstance() sees the spec class.
    __class__ = property(_mock_get_class)

    def attach_mock(self, mock, attribute):
        d = mock.__dict__
        d["_mock_parent"] = None
        d["_mock_new_parent"] = None
        d["_mock_name"] = ""
        d["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            parts = arg.split(".")
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _get_return_value(self):
        ret = self.__dict__["_mock_return_value"]
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        _check_and_set_parent(self, value, None, "()")

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__["_mock_side_effect"]

    def _set_side_effect(self, value):
        self.__dict__["_mock_side_effect"] = _try_iter(value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["method_calls"] = _CallList()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in d["_mock_children"].values():
            if _is_instance_mock(child):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d["_mock_return_value"]
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_mock_unsafe", "_mock_children") or name.startswith("_mock_"):
            raise AttributeError(name)
        d = self.__dict__
        methods = d.get("_mock_methods")
        if methods is not None:
            if name not in methods or name in _MAGICS:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if not d.get("_mock_unsafe") and (methods is None or name not in methods):
            if name.startswith(("assert", "assret", "asert", "aseert", "assrt")):
                raise AttributeError(
                    "%r is not a valid assertion. Use a spec for the mock if %r is meant to be an attribute." % (name, name))
        children = d["_mock_children"]
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if d["_mock_wraps"] is not None:
                wraps = getattr(d["_mock_wraps"], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            children[name] = result
        return result

    def _mock_magic(self, name):
        children = self.__dict__["_mock_children"]
        result = children.get(name)
        if result is None or result is _deleted:
            if result is _deleted or not isinstance(self, MagicMixin):
                raise AttributeError(name)
            result = self._get_child_mock(parent=self, name=name, _new_name=name, _new_parent=self)
            children[name] = result
            if name in _RETURN_VALUES:
                result.__dict__["_mock_return_value"] = _RETURN_VALUES[name]
            elif name in _CALCULATED:
                result.__dict__["_mock_side_effect"] = _CALCULATED[name](self)
            else:
                se = _side_effect_for(self, name)
                if se is not None:
                    result.__dict__["_mock_side_effect"] = se
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _ALLOWED or name.startswith("_mock_") or name.startswith("_spec"):
            return object.__setattr__(self, name, value)
        if (d.get("_spec_set") and d.get("_mock_methods") is not None
                and name not in d["_mock_methods"] and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _MAGICS:
            if not _is_instance_mock(value):
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
            d["_mock_children"][name] = value
            if not isinstance(type(self).__dict__.get(name), _MagicProxy):
                setattr(type(self), name, _MagicProxy(name))
            return None
        if _check_and_set_parent(self, value, name, name):
            d["_mock_children"][name] = value
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in _MAGICS:
            d["_mock_children"][name] = _deleted
            return
        obj = d["_mock_children"].get(name, _missing)
        if name in d:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        d["_mock_children"][name] = _deleted

    def _extract_mock_name(self):
        d = self.__dict__
        names = [d["_mock_new_name"]]
        parent = d["_mock_new_parent"]
        last = self
        dot = "." if names != ["()"] else ""
        while parent is not None:
            last = parent
            pname = parent.__dict__["_mock_new_name"]
            names.append(pname + dot)
            dot = "" if pname == "()" else "."
            parent = parent.__dict__["_mock_new_parent"]
        names.reverse()
        first = last.__dict__["_mock_name"] or "mock"
        if len(names) > 1 and names[1] not in ("()", "()."):
            first += "."
        names[0] = first
        return "".join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ""
        if name not in ("mock", "mock."):
            name_string = " name=%r" % name
        spec_string = ""
        sc = self.__dict__["_spec_class"]
        if sc is not None:
            spec_string = (" spec_set=%r" if self.__dict__["_spec_set"] else " spec=%r") % sc.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def _get_child_mock(self, **kw):
        t = type(self)
        if not issubclass(t, CallableMixin):
            if issubclass(t, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = t.__mro__[1] if t.__dict__.get("_mock_per_instance") else t
        return klass(**kw)

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self.__dict__["_mock_name"] or "mock", args, kwargs)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %r." % (prefix, self.mock_calls)

    def _name_for_msg(self):
        return self.__dict__["_mock_name"] or "mock"

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._name_for_msg(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._name_for_msg())

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._name_for_msg(), self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: not called." % expected)
        expected = _Call((args, kwargs), two=True)
        actual = self.call_args
        if actual != expected:
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s" % (
                self._format_mock_call_signature(args, kwargs),
                self._format_mock_call_signature(*tuple(actual))))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._name_for_msg(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError("Calls not found.\nExpected: %r%s" % (
                    _CallList(calls), self._calls_repr(prefix="  Actual").rstrip(".")))
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._name_for_msg(), tuple(not_found), all_calls))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError("%s call not found" % self._format_mock_call_signature(args, kwargs))


def _try_iter(obj):
    if obj is None or _is_exception(obj) or callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d["called"] = True
        d["call_count"] += 1
        this_call = _Call((args, kwargs), two=True)
        d["call_args"] = this_call
        d["call_args_list"].append(this_call)
        do_method_calls = d["_mock_parent"] is not None
        method_call_name = d["_mock_name"]
        mock_call_name = d["_mock_new_name"]
        is_a_call = mock_call_name == "()"
        d["mock_calls"].append(_Call(("", args, kwargs)))
        parent = d["_mock_new_parent"]
        while parent is not None:
            pd = parent.__dict__
            if do_method_calls:
                pd["method_calls"].append(_Call((method_call_name, args, kwargs)))
                do_method_calls = pd["_mock_parent"] is not None
                if do_method_calls:
                    method_call_name = pd["_mock_name"] + "." + method_call_name
            pd["mock_calls"].append(_Call((mock_call_name, args, kwargs)))
            if pd["_mock_new_name"]:
                dot = "" if is_a_call else "."
                is_a_call = pd["_mock_new_name"] == "()"
                mock_call_name = pd["_mock_new_name"] + dot + mock_call_name
            parent = pd["_mock_new_parent"]

    def _execute_mock_call(self, *args, **kwargs):
        d = self.__dict__
        effect = d["_mock_side_effect"]
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if d["_mock_return_value"] is not DEFAULT:
            return self.return_value
        if d["_mock_wraps"] is not None:
            return d["_mock_wraps"](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object."""


class MagicMixin:
    def __init__(self, *args, **kw):
        NonCallableMock.__init__(self, *args, **kw)
        t = type(self)
        methods = self.__dict__["_mock_methods"]
        for name in _MAGIC_DEFAULTS:
            if methods is not None and name not in methods:
                continue
            setattr(t, name, _MagicProxy(name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured."""


class PropertyMock(Mock):
    """A mock used as a property on a class: getting calls it with no arguments, setting
    calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---- patching ----

def _importer(target):
    parts = target.split(".")
    import_path = parts.pop(0)
    thing = __import__(import_path)
    for comp in parts:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _importer(target)), attribute


class _Startable:
    """start()/stop() of patchers: enter and exit by hand, remembered for patch.stopall()."""

    _active_patches = []

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


class _patch(_Startable):
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                   self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        def patched(*args, **keywargs):
            extra_args = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                args += tuple(extra_args)
                return func(*args, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(*_sys.exc_info())

        patched.patchings = [self]
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            try:
                setattr(patched, attr, getattr(func, attr))
            except AttributeError:
                pass
        patched.__wrapped__ = func
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT:
            klass = self.new_callable if self.new_callable is not None else MagicMock
            kw = {}
            if self.new_callable is None or (isinstance(klass, type) and issubclass(klass, NonCallableMock)):
                kw["name"] = self.attribute
            if spec is not None:
                kw["spec"] = original if spec is True else spec
            if spec_set is not None:
                kw["spec_set"] = original if spec_set is True else spec_set
            kw.update(self.kwargs)
            new = klass(**kw)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            try:
                for patching in self.additional_patchers:
                    arg = patching.__enter__()
                    if patching.new is DEFAULT:
                        extra.update(arg)
            except BaseException:
                self.__exit__(*_sys.exc_info())
                raise
            return extra
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and not hasattr(self.target, self.attribute):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Patch the object named by the dotted `target` with `new` (a MagicMock by default)."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


class _patch_dict(_Startable):
    """Set values in a dictionary (or a dotted name of one), restoring it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                value = getattr(f, attr)
                if attr.startswith(patch.TEST_PREFIX) and callable(value):
                    setattr(f, attr, _patch_dict(self.in_dict, self.values, self.clear)(value))
            return f

        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()

        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            try:
                setattr(_inner, attr, getattr(f, attr))
            except AttributeError:
                pass
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
            self._original = None
        return False


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    for patcher in reversed(_patch._active_patches[:]):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"


# ---- mock_open ----

def mock_open(mock=None, read_data=""):
    """A MagicMock standing in for open(): the handle reads from read_data (str or bytes)."""
    import io

    def to_stream(data):
        return io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)

    state = [to_stream(read_data), None]

    def readlines_side_effect(*args, **kwargs):
        if handle.readlines._mock_return_value is not None:
            return handle.readlines._mock_return_value
        return state[0].readlines(*args, **kwargs)

    def read_side_effect(*args, **kwargs):
        if handle.read._mock_return_value is not None:
            return handle.read._mock_return_value
        return state[0].read(*args, **kwargs)

    def iter_side_effect():
        if handle.readline._mock_return_value is not None:
            while True:
                yield handle.readline._mock_return_value
        for line in state[0]:
            yield line

    def readline_side_effect(*args, **kwargs):
        yield from iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def next_side_effect():
        if handle.readline._mock_return_value is not None:
            return handle.readline._mock_return_value
        return next(state[0])

    if mock is None:
        mock = MagicMock(name="open")
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_side_effect
    state[1] = readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_side_effect
    handle.__iter__.side_effect = iter_side_effect
    handle.__next__.side_effect = next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = to_stream(read_data)
        if handle.readline.side_effect is state[1]:
            state[1] = readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
