# functools.partial's attributes and __dict__; _weakref's ref and proxy (__callback__);
# _operator._compare_digest; subscripting the collections.abc classes.
import _operator
import _weakref
import collections.abc as abc
import weakref
from functools import partial
from typing import TypeVar


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def add(x, y):
    return x + y


print("-- partial")
p = partial(add, 1)
print(p(2), p.func is add, p.args, p.keywords, p.__dict__)
for stmt in ("del p.__dict__", "p.__dict__ = 1", "p.func = max", "del p.args", "p.keywords = {}",
             "del p.missing", "p.missing", "partial()", "partial(1)", "partial(add, 1)(2, 3)"):
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, type(e).__name__, e)
p.attr = 3
print(p.attr, p.__dict__)
p.__dict__ = {"other": 4}
print(p.other, p.__dict__, hasattr(p, "attr"))
del p.other
print(p.__dict__)
q = partial(partial(add, y=2), 5)
print(q.func is add, q.args, q.keywords, q())
r = partial(max, 1)
r.tag = "t"
s = partial(r, 2)
print(s.func is r, s.args, s())
print(partial(max, 3, key=abs).__reduce__()[2][1:])


class Sub(partial):
    pass


t = Sub(add, 1, y=2)
print(type(t).__name__, t(), repr(t).startswith("Sub(<function add"), isinstance(t, partial))
u = partial(add)
u.__setstate__((max, (1, 2), {}, None))
print(u.func is max, u.args, u.keywords, u.__dict__, u())
show("setstate list", lambda: u.__setstate__([max, (), {}, None]))
show("setstate short", lambda: u.__setstate__((max, (), {})))
show("setstate bad", lambda: u.__setstate__((1, (), {}, None)))

print("-- _weakref")


class X:
    pass


x = X()
callback = lambda ref: None
w = _weakref.ref(x, callback)
print(w() is x, w.__callback__ is callback, _weakref.ref(x).__callback__)
show("set __callback__", lambda: setattr(w, "__callback__", None))
show("del __callback__", lambda: delattr(w, "__callback__"))
print(_weakref.ref is weakref.ref, _weakref.proxy is weakref.proxy, _weakref.ReferenceType)
print(_weakref.ProxyType, _weakref.CallableProxyType is weakref.CallableProxyType)
p = _weakref.proxy(x)
x.h = 5
print(p.h, _weakref.getweakrefcount(x) >= 2, _weakref.getweakrefcount(3))
del x
print(w(), w.__callback__)
show("dead proxy", lambda: p.h)

print("-- _operator")
for a, b in (("abc", "abc"), ("abc", "abd"), ("abc", "ab"), ("", ""), (b"ab", bytearray(b"ab")),
             (b"ab", memoryview(b"ac")), ("é", "é"), ("a", b"a"), (b"a", "a"), (1, 1), (1, b"a")):
    show(f"{type(a).__name__} {type(b).__name__}", lambda: _operator._compare_digest(a, b))
print(_operator.add(2, 3), _operator.itemgetter(1)("ab"), _operator.add is __import__("operator").add)

print("-- collections.abc generics")
T = TypeVar("T")
for make in (lambda: abc.Awaitable[int], lambda: abc.Iterable[str], lambda: abc.Container[T],
             lambda: abc.AsyncIterable[int], lambda: abc.MappingView[int], lambda: abc.Sequence[int],
             lambda: abc.Mapping[str, int], lambda: abc.Coroutine[int, str, None],
             lambda: abc.Callable[[int, str], bool], lambda: abc.Callable[..., int],
             lambda: abc.Callable[[], None], lambda: abc.Callable[[], abc.Awaitable[T]],
             lambda: abc.Callable[int], lambda: abc.Callable[int, int], lambda: abc.Hashable[int],
             lambda: abc.Sized[int]):
    show("", make)
print(abc.Callable[[int], str].__args__, abc.Callable[..., str].__args__, abc.Iterable[int].__origin__)
print(bool | abc.Callable[[int], int], abc.Callable[[], None] | None)
print(abc.Awaitable[int] == abc.Awaitable[int], type(abc.Callable[[], int]).__name__)
