# collections.UserDict, UserList, UserString and OrderedDict.fromkeys / dict-subclass fromkeys,
# used the way real code subclasses them.
import collections
import copy
from collections import OrderedDict, UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence

print(UserDict, UserList, UserString)
print(issubclass(UserDict, MutableMapping), issubclass(UserList, MutableSequence), issubclass(UserString, Sequence))
print("UserDict" in collections.__all__)

# fromkeys on dict, OrderedDict and subclasses
print(dict.fromkeys("ab"), OrderedDict.fromkeys("abc", 0))
print(type(OrderedDict.fromkeys("x")).__name__)


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value)


d = LoggingDict.fromkeys(["k1", "k2"], [])
print(type(d).__name__, d, d["k1"] is d["k2"])
print(type(d.fromkeys("z")).__name__)


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated.fromkeys("abc", 1)
lu["a"] = 2
print(lu, type(lu).__name__)
for bad in [(), (1,), ([[]],), ("ab", 1, 2)]:
    try:
        LastUpdated.fromkeys(*bad)
    except TypeError as e:
        print("TypeError:", e)


# UserDict: a case-insensitive mapping, __missing__, copies, operators
class CaseInsensitive(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


ci = CaseInsensitive({"Content-Type": "text/plain"}, Host="example")
print(ci, len(ci), ci["CONTENT-TYPE"], "HOST" in ci, list(ci), dict(ci))
ci.update(Accept="*/*")
print(sorted(ci.items()), ci.get("accept"), ci.get("missing", "dflt"))
print(ci.pop("accept"), ci.setdefault("x-new", 5), ci)
c2 = ci.copy()
c2["extra"] = 1
print(type(c2).__name__, c2, ci)
print(type(copy.copy(ci)).__name__, copy.copy(ci) == ci)


class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


dd = Defaulting(a=1)
print(dd["a"], dd["b"], "b" in dd, dd.get("b"))
u = UserDict(a=1)
print(u | {"b": 2}, {"z": 0} | u, type(u | u).__name__)
u |= {"c": 3}
print(u, u == {"a": 1, "c": 3}, UserDict.fromkeys("xy", 0))
try:
    u["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    del u["nope"]
except KeyError as e:
    print("KeyError", e)
print(u.popitem(), u)
print(UserDict([("p", 1)]), UserDict(), repr(UserDict(dict=3)))


# UserList: a typed list
class IntList(UserList):
    def append(self, item):
        if not isinstance(item, int):
            raise TypeError(f"only ints, not {type(item).__name__}")
        super().append(item)


il = IntList([3, 1, 2])
il.append(7)
try:
    il.append("x")
except TypeError as e:
    print("TypeError:", e)
print(il, len(il), il[0], il[-1], il[1:3], type(il[1:3]).__name__)
il.sort()
print(il, il == [1, 2, 3, 7], il < [9], il > IntList([1]), 3 in il)
il.extend(IntList([9]))
il += [10]
il += (11,)
print(il, il + [0], [0] + il, type([0] + il).__name__, il * 2 == il.data * 2)
print(il.pop(), il.pop(0), il.index(7), il.count(2), il.copy(), type(il.copy()).__name__)
il.insert(0, 100)
il.remove(100)
il.reverse()
del il[0]
il[0] = 42
print(il, list(reversed(il)), sorted(il), UserList("abc"), UserList(), UserList(UserList([1])))
try:
    il.remove(12345)
except ValueError as e:
    print("ValueError:", e)
il.clear()
print(il, bool(il), bool(UserList([0])))


# UserString: a string type whose methods keep the subclass
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("hello world")
print(s, repr(s), len(s), s[0], type(s[0]).__name__, s[::-1], s.shout(), type(s.shout()).__name__)
print(s.title(), type(s.title()).__name__, s.split(), s.find("world"), s.find(Shout("o")), "ell" in s)
print(s.replace("l", "L", 2), s.center(15, "*"), s.zfill(14), s.strip("hd"), s.startswith("he"))
print(s == "hello world", s < "z", s + "!", "> " + s, s * 2, hash(s) == hash("hello world"))
print(UserString(12), int(UserString("7")), float(UserString("2.5")), UserString("%s-%d") % ("a", 1))
print(s.count("o"), s.index("w"), s.isalpha(), s.join(["x", "y"]), s.partition(" "), s.encode())
print(s.removeprefix("hello "), s.removesuffix(Shout("world")), s.capitalize(), s.swapcase())
print(sorted([UserString("b"), UserString("a")]), "{0}!".join(["a", "b"]), UserString("{0}!").format(3))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    UserString()
except TypeError as e:
    print("TypeError:", e)
