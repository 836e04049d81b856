# unittest.mock: patch as a decorator, context manager and start/stop, patch.object, patch.dict
# (with clear=), patch.multiple, patching classes' test methods, and mock_open's read, readline(s)
# and iteration.
import os
import re
from unittest import mock
from unittest.mock import DEFAULT, MagicMock, call, mock_open, patch


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


class Config:
    level = 1

    def load(self):
        return "real"


with patch("os.getcwd", return_value="/fake") as g:
    print(os.getcwd(), g.called, r(g))
print(os.getcwd() != "/fake")


@patch.object(Config, "load")
@patch.object(Config, "level", 42)
def decorated(extra, mk):
    print(Config.level, r(mk), Config().load() is mk.return_value, extra)
    return "done"


print(decorated("x"), Config.level, Config().load())


@patch("os.path.exists")
@patch("os.listdir")
def two(listdir, exists):
    listdir.return_value = ["a", "b"]
    exists.side_effect = lambda p: p == "a"
    return os.listdir("."), os.path.exists("a"), os.path.exists("b"), r(listdir), r(exists)


print(two(), os.path.exists(".."))
p = patch.object(Config, "level", "patched")
print(p.start(), Config.level)
p.stop()
print(Config.level)
p2 = patch("os.sep", "!")
p2.start()
print(os.sep)
patch.stopall()
print(os.sep == "/" or os.sep == "\\")
with patch.object(Config, "missing", create=True, new=5):
    print(Config.missing)
print(hasattr(Config, "missing"))
try:
    patch.object(Config, "zz").start()
except AttributeError as e:
    print("AttributeError", e)
try:
    patch("nodots")
except TypeError as e:
    print("TypeError", e)
try:
    with patch.object(Config, "level", 9):
        raise ValueError("inside")
except ValueError as e:
    print("ValueError", e, Config.level)
with patch.object(Config, "load", new_callable=MagicMock, return_value="nc") as nc:
    print(Config().load(), nc.call_count)
d = {"a": 1, "b": 2}
with patch.dict(d, {"b": 3, "c": 4}) as pd:
    print(d, pd is d)
print(d)
with patch.dict(d, {"z": 0}, clear=True):
    print(d)
print(d)


@patch.dict(d, x=9)
def with_dict():
    return dict(d)


print(with_dict(), d)
with patch.dict("os.environ", {"PYGLASS_MOCK_TEST": "yes"}):
    print(os.environ["PYGLASS_MOCK_TEST"])
print("PYGLASS_MOCK_TEST" in os.environ)
with patch.multiple(Config, level=DEFAULT, load=DEFAULT) as vals:
    print(sorted(vals), r(Config.level), r(vals["load"]))
print(Config.level)


@patch.object(Config, "level", 100)
class Tests:
    def test_one(self):
        return Config.level

    def helper(self):
        return Config.level


t = Tests()
print(t.test_one(), t.helper())
mo = mock_open(read_data="l1\nl2\nl3\n")
with patch("builtins.open", mo):
    with open("f") as fh:
        print(repr(fh.readline()), repr(fh.read()))
    print(list(open("g")), open("h").readlines(), open("i").read())
    with open("out", "w") as out:
        out.write("text")
print(mo.call_args_list)
print(mo.return_value.write.call_args, r(mo))
handle = mo()
print(handle.write.mock_calls, handle is mo.return_value)
mb = mock_open(read_data=b"\x00\x01")
with patch("builtins.open", mb):
    with open("b", "rb") as fb:
        print(fb.read())
mo.assert_any_call("i")
print(mock.sentinel.x, mock.ANY == object())
