# unittest.mock: Mock calls and their records (call_args, call_args_list, method_calls, mock_calls),
# call objects and their comparisons, names in reprs (ids masked), and the assert_* helpers' messages.
import re
from unittest.mock import ANY, DEFAULT, Mock, call, sentinel


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def check(label, f):
    try:
        f()
        print(label, "ok")
    except AssertionError as e:
        print(label, "AssertionError", repr(str(e)))
    except AttributeError as e:
        print(label, "AttributeError", repr(str(e)))


m = Mock()
print(type(m).__name__, m._mock_name, m.called, m.call_count, m.call_args, m.call_args_list)
print(m(1, a=2) is m.return_value, m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args == ((1,), {"a": 2}), m.call_args[0], m.call_args[1], m.call_args == call(1, a=2), m.call_args == call(1))
m.foo.bar(3)
m().baz(4, x=[5])
m.foo(b"x")
print(m.mock_calls)
print(m.method_calls)
print(m.call_args_list)
print(m.mock_calls == [call(1, a=2), call.foo.bar(3), call(), call().baz(4, x=[5]), call.foo(b"x")])
print(call.foo(1) == call.foo(1), call.foo(1) == call.bar(1), call(1) == call(2), call(ANY, a=ANY) == call(7, a=8))
print(repr(call), repr(call.a.b), repr(call(1).x(2)), repr(call.a().b(c=3)), call(1).x(2).call_list())
print(r(m), r(m.foo), r(m.foo.bar), r(m()), r(m().baz), r(Mock(name="db").cursor().execute))
n = Mock(name="named", return_value=sentinel.result)
print(n(), n._mock_name, sentinel.result is sentinel.result, sentinel.other, DEFAULT)
c = Mock()
check("not_called fresh", c.assert_not_called)
check("called fresh", c.assert_called)
check("called_with fresh", lambda: c.assert_called_with(1))
check("called_once fresh", c.assert_called_once)
c(1)
check("called_once 1", c.assert_called_once)
check("called_once_with ok", lambda: c.assert_called_once_with(1))
check("called_once_with bad", lambda: c.assert_called_once_with(2))
c(2)
check("called_once 2", c.assert_called_once)
check("called_once_with 2", lambda: c.assert_called_once_with(2))
check("called_with last", lambda: c.assert_called_with(2))
check("called_with bad", lambda: c.assert_called_with(1, k="v"))
check("not_called", c.assert_not_called)
check("any_call ok", lambda: c.assert_any_call(1))
check("any_call bad", lambda: c.assert_any_call(3))
check("has_calls ok", lambda: c.assert_has_calls([call(1), call(2)]))
check("has_calls order", lambda: c.assert_has_calls([call(2), call(1)]))
check("has_calls any_order", lambda: c.assert_has_calls([call(2), call(1)], any_order=True))
check("has_calls any_order bad", lambda: c.assert_has_calls([call(2), call(5)], any_order=True))
check("typo", lambda: c.assert_called_onse())
named = Mock(name="fetch")
named("url", retries=3)
check("named", lambda: named.assert_called_with("url"))
check("named once", lambda: named.assert_not_called())
check("child", lambda: named.child.assert_called_once_with())
many = Mock()
for i in range(12):
    many.method(i)
check("long calls", lambda: many.method.assert_called_once())
check("long has_calls", lambda: many.assert_has_calls([call.method(3), call.method(5)]))
many.assert_has_calls([call.method(3), call.method(4)])
print(many.method.call_count, many.method.call_args_list[-2:])
