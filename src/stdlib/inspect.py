"""Inspecting live objects: the kind of an object (`isfunction`, `isclass`, ...), the
signatures of callables (`signature`, `Signature`, `Parameter`), members, docstrings, source
lines and the stack. Signatures are read from code objects (`co_varnames`, the argument
counts and flags) and the function's defaults and annotations, as CPython reads those of
functions written in Python; built-in functions have none (ValueError, as for CPython's
built-ins without a text signature)."""

import enum
import functools
import linecache
import os
import sys
import types
from collections import namedtuple

__all__ = ["signature", "Signature", "Parameter", "BoundArguments", "isfunction", "ismethod",
           "isclass", "ismodule", "isbuiltin", "isroutine", "isgenerator",
           "isgeneratorfunction", "iscoroutine", "iscoroutinefunction", "isasyncgenfunction",
           "isawaitable", "isabstract", "getmembers", "getdoc", "cleandoc", "getfile",
           "getsourcefile", "getsource", "getsourcelines", "currentframe", "stack",
           "getfullargspec", "unwrap", "get_annotations", "FrameInfo", "isdatadescriptor",
           "ismethoddescriptor", "isframe", "iscode", "istraceback", "getmodule", "getattr_static"]

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def _has_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return isinstance(object, types.CoroutineType) or hasattr(type(object), "__await__")


def isframe(object):
    return type(object).__name__ == "frame"


def iscode(object):
    return isinstance(object, types.CodeType)


def istraceback(object):
    return type(object).__name__ == "traceback"


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", None))


def getmembers(object, predicate=None):
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=object()):
    for base in ([obj] if isclass(obj) else []) + list(getattr(obj if isclass(obj) else type(obj), "__mro__", ())):
        if attr in getattr(base, "__dict__", {}):
            return base.__dict__[attr]
    if not isclass(obj) and attr in getattr(obj, "__dict__", {}):
        return obj.__dict__[attr]
    raise AttributeError(attr)


def cleandoc(doc):
    """A docstring with the indentation of its second and later lines removed, and its
    leading and trailing blank lines."""
    lines = doc.expandtabs().split("\n")
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(object):
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was "
                    "expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if os.path.exists(filename):
        return filename
    return None


def _code_of(object):
    object = unwrap(object) if isfunction(object) else object
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getsourcelines(object):
    """The lines of `object`'s source and the number of its first line (a module: all of it
    and 0)."""
    filename = getfile(object)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith("class " + name) and stripped[6 + len(name):7 + len(name)] in "(:":
                return _block(lines, i), i + 1
        raise OSError("could not find class definition")
    code = _code_of(object)
    if not iscode(code):
        raise TypeError("module, class, method, function, traceback, frame, or code object was "
                        "expected, got {}".format(type(object).__name__))
    start = code.co_firstlineno - 1
    if code.co_name == "<module>":
        return lines, 0
    # Decorators come first; the block is the `def` line and what is indented under it.
    i = start
    while i < len(lines) and lines[i].lstrip().startswith("@"):
        i += 1
    if code.co_name == "<lambda>":
        return [lines[start]], start + 1
    return lines[start:i] + _block(lines, i), start + 1


def _block(lines, first):
    """The lines of the statement at `first` and the block indented under it."""
    header = lines[first]
    indent = len(header) - len(header.lstrip())
    block = [header]
    depth = header.count("(") + header.count("[") + header.count("{") - (
        header.count(")") + header.count("]") + header.count("}"))
    for line in lines[first + 1:]:
        stripped = line.strip()
        if depth <= 0 and stripped and not stripped.startswith("#") and (
                len(line) - len(line.lstrip()) <= indent):
            break
        depth += line.count("(") + line.count("[") + line.count("{") - (
            line.count(")") + line.count("]") + line.count("}"))
        block.append(line)
    while block and not block[-1].strip():
        block.pop()
    return block


def getsource(object):
    lines, _ = getsourcelines(object)
    return "".join(lines)


def currentframe():
    return sys._getframe(1)


FrameInfo = namedtuple("FrameInfo", ["frame", "filename", "lineno", "function", "code_context",
                                     "index"])


def _frame_info(frame, lineno, context):
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        start = max(0, min(start, len(lines) - context))
        code_context = lines[start:start + context] or None
        index = lineno - 1 - start if code_context else None
    else:
        code_context = index = None
    return FrameInfo(frame, filename, lineno, frame.f_code.co_name, code_context, index)


def getouterframes(frame, context=1):
    result = []
    while frame is not None:
        result.append(_frame_info(frame, frame.f_lineno, context))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    result = []
    while tb is not None:
        result.append(_frame_info(tb.tb_frame, tb.tb_lineno, context))
        tb = tb.tb_next
    return result


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get("__annotations__", None)
    elif callable(obj) or ismodule(obj):
        ann = getattr(obj, "__annotations__", None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    return dict(ann)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_NAME_MAPPING[self]


_PARAM_NAME_MAPPING = {
    _ParameterKind.POSITIONAL_ONLY: "positional-only",
    _ParameterKind.POSITIONAL_OR_KEYWORD: "positional or keyword",
    _ParameterKind.VAR_POSITIONAL: "variadic positional",
    _ParameterKind.KEYWORD_ONLY: "keyword-only",
    _ParameterKind.VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a signature: its name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL,
                                                    _ParameterKind.VAR_KEYWORD):
            msg = "{} parameters cannot have default values"
            raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _ParameterKind.VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _ParameterKind.VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The arguments of a call bound to a signature's parameters (`Signature.bind`)."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                    kwargs_started = True
                elif name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _ParameterKind.VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _ParameterKind.VAR_POSITIONAL:
                    val = ()
                elif param.kind is _ParameterKind.VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append("{}={!r}".format(arg, value))
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ("_return_annotation", "_parameters")

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _ParameterKind.POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ("wrong parameter order: {} parameter before {} parameter")
                    msg = msg.format(top_kind.description, kind.description)
                    raise ValueError(msg)
                elif kind > top_kind:
                    top_kind = kind
                if kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(name))
                params[name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _ParameterKind.KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _ParameterKind.KEYWORD_ONLY}
        return hash((params, frozenset(kwo_params.values()), self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation
                and list(self.parameters.items()) == list(other.parameters.items()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _ParameterKind.VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _ParameterKind.POSITIONAL_ONLY:
                            msg = "{arg!r} parameter is positional only, but was passed as a keyword"
                            raise TypeError(msg.format(arg=param.name)) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _ParameterKind.VAR_KEYWORD or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = "missing a required argument: {arg!r}"
                            raise TypeError(msg.format(arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == _ParameterKind.VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}".format(
                            arg=param.name)) from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in __import__("itertools").chain(parameters_ex, parameters):
            if param.kind == _ParameterKind.VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _ParameterKind.VAR_POSITIONAL
                        and param.default is _empty):
                    raise TypeError("missing a required argument: {arg!r}".format(
                        arg=param_name)) from None
            else:
                if param.kind == _ParameterKind.POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, but was passed as a "
                                    "keyword".format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(
                    arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _ParameterKind.KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += " -> {}".format(anno)
        return rendered


def _signature_from_function(cls, func, skip_first=False):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    annotations = getattr(func, "__annotations__", None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(arg_names[:pos_count]):
        kind = (_ParameterKind.POSITIONAL_ONLY if i < posonly_count
                else _ParameterKind.POSITIONAL_OR_KEYWORD)
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        parameters.append(Parameter(name, _ParameterKind.VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in arg_names[pos_count:pos_count + keyword_only_count]:
        parameters.append(Parameter(name, _ParameterKind.KEYWORD_ONLY,
                                    default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index + (1 if code.co_flags & CO_VARARGS else 0)]
        parameters.append(Parameter(name, _ParameterKind.VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    if skip_first:
        parameters = _skip_first(parameters)
    return cls(parameters, return_annotation=annotations.get("return", _empty))


def _skip_first(parameters):
    if parameters and parameters[0].kind in (_ParameterKind.POSITIONAL_ONLY,
                                             _ParameterKind.POSITIONAL_OR_KEYWORD):
        return parameters[1:]
    if parameters and parameters[0].kind == _ParameterKind.VAR_POSITIONAL:
        return parameters
    raise ValueError("invalid method signature")


def _signature_from_callable(obj, follow_wrapped=True, cls=Signature, skip_first=False):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        return _signature_from_callable(obj.__func__, follow_wrapped, cls, skip_first=True)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, cls, skip_first)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(cls, obj, skip_first)
    if isinstance(obj, functools.partial):
        wrapped = _signature_from_callable(obj.func, follow_wrapped, cls)
        bound = wrapped.bind_partial(*obj.args, **obj.keywords)
        params = []
        for name, param in wrapped.parameters.items():
            if name in bound.arguments and param.kind in (_ParameterKind.POSITIONAL_ONLY,
                                                          _ParameterKind.POSITIONAL_OR_KEYWORD):
                if name in obj.keywords:
                    params.append(param.replace(kind=_ParameterKind.KEYWORD_ONLY,
                                                default=bound.arguments[name]))
                continue
            if name in obj.keywords:
                param = param.replace(default=obj.keywords[name])
                if param.kind == _ParameterKind.POSITIONAL_OR_KEYWORD:
                    param = param.replace(kind=_ParameterKind.KEYWORD_ONLY)
            params.append(param)
        ordered = sorted(params, key=lambda p: p.kind)
        return wrapped.replace(parameters=ordered)
    if isinstance(obj, type):
        for name in ("__call__", "__new__", "__init__"):
            if name == "__call__":
                meta_call = getattr(type(obj), "__call__", None)
                if meta_call is None or not isfunction(meta_call):
                    continue
                return _signature_from_function(cls, meta_call, skip_first=True)
            for base in obj.__mro__:
                if name in base.__dict__ and isfunction(base.__dict__[name]):
                    return _signature_from_function(cls, base.__dict__[name], skip_first=True)
                if name in base.__dict__ and isinstance(base.__dict__[name], staticmethod):
                    return _signature_from_function(cls, base.__dict__[name].__func__,
                                                    skip_first=True)
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return cls([])
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if isbuiltin(obj) or type(obj).__name__ in ("builtin_function_or_method",
                                                "method_descriptor", "wrapper_descriptor"):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _signature_from_function(cls, call, skip_first=True)
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The signature of the callable `obj`."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, "
                                        "kwonlydefaults, annotations")


def getfullargspec(func):
    try:
        # A bound method's first parameter is kept, as CPython's getfullargspec keeps it.
        sig = _signature_from_callable(func.__func__ if ismethod(func) else func,
                                       follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonlyargs, annotations, defaults, kwdefaults = [], [], {}, (), {}
    varargs = varkw = None
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _ParameterKind.VAR_POSITIONAL:
            varargs = name
        elif kind == _ParameterKind.KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind == _ParameterKind.VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)
