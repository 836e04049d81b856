# unittest.mock: MagicMock's configured magic methods, side_effect (exceptions, iterables,
# functions), return_value, spec/spec_set restrictions, wraps, PropertyMock, configure_mock,
# reset_mock and attach_mock.
import re
from unittest.mock import DEFAULT, MagicMock, Mock, NonCallableMock, PropertyMock, call


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


mm = MagicMock()
print(len(mm), [x for x in mm], 1 in mm, int(mm), bool(mm), float(mm), mm == mm, mm != mm, mm == 1, mm != 1)
print(str(mm) == repr(mm), hash(mm) == hash(mm), r(mm[3]), r(mm["k"]), mm[3] is mm["k"])
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 2
mm.__contains__.return_value = True
mm.__bool__.return_value = False
print(len(mm), [x for x in mm], [x for x in mm], mm[4], "q" in mm, bool(mm), mm.__getitem__.call_args)
with mm as v:
    print(r(v), v is mm.__enter__.return_value)
print(mm.__exit__.call_args)
mm.__eq__.return_value = True
print(mm == 3, mm.__len__.call_count)
m = Mock()
m.__len__ = lambda self: 42
m.__str__ = Mock(return_value="custom")
print(len(m), str(m))
try:
    len(Mock())
except TypeError as e:
    print("TypeError", e)
try:
    Mock().__iter__
except AttributeError as e:
    print("AttributeError", e)
s = Mock(side_effect=[1, ValueError("bad"), 3])
print(s())
try:
    s()
except ValueError as e:
    print("ValueError", e)
print(s())
try:
    s()
except StopIteration:
    print("StopIteration")
print(Mock(side_effect=lambda x: x + 1)(4), Mock(side_effect=lambda: DEFAULT, return_value=9)())
for effect in (KeyError, KeyError("k"), OSError(2, "gone")):
    try:
        Mock(side_effect=effect)()
    except Exception as e:
        print(type(e).__name__, repr(e))
e = Mock(return_value=3)
e.side_effect = iter("ab")
print(e(), e(), e.call_count)
e.side_effect = None
print(e())
sp = Mock(spec=["a", "b"])
print(r(sp.a), r(sp.b()))
try:
    sp.c
except AttributeError as err:
    print("AttributeError", err)


class Foo:
    x = 1

    def meth(self, a):
        return a


f = Mock(spec=Foo)
print(r(f), r(f.meth), f.x is f.x)
try:
    f.nope
except AttributeError as err:
    print("AttributeError", err)
f.extra = 5
print(f.extra)
ss = Mock(spec_set=Foo)
ss.x = 10
print(r(ss), ss.x)
try:
    ss.y = 3
except AttributeError as err:
    print("AttributeError", err)
w = Mock(wraps=Foo())
print(w.meth(7), w.meth.call_args, w.mock_calls)
w.meth.return_value = "fixed"
print(w.meth(8))
nc = NonCallableMock()
print(type(nc).__name__, type(nc.attr).__name__, type(nc.attr()).__name__, callable(nc))
print(type(MagicMock().child).__name__, type(Mock().child).__name__)


class Holder:
    pass


pm = PropertyMock(return_value=7)
type(mm).prop = pm
print(mm.prop)
mm.prop = 8
print(pm.mock_calls)
c = Mock()
c.configure_mock(**{"a.b.return_value": 4, "x": 3, "method.side_effect": KeyError})
print(c.a.b(), c.x)
try:
    c.method()
except KeyError:
    print("KeyError from configure_mock")
c.a.b(1)
print(c.mock_calls)
c.reset_mock()
print(c.a.b.called, c.mock_calls, c.a.b(), c.x)
c.reset_mock(return_value=True, side_effect=True)
print(type(c.a.b()).__name__, r(c.method()))
kw = Mock(return_value=1, **{"attr.return_value": 2})
print(kw(), kw.attr())
parent = Mock()
kid1 = Mock(return_value=None)
kid2 = Mock(return_value=None)
parent.attach_mock(kid1, "first")
parent.attach_mock(kid2, "second")
kid1(1)
kid2(2)
print(parent.mock_calls, parent.mock_calls == [call.first(1), call.second(2)], r(kid1))
del parent.first
try:
    parent.first
except AttributeError as err:
    print("AttributeError", err)
