# Star-arguments from an instance of a tuple (or list) subclass, and equality of containers
# holding dicts whose values have their own __eq__ (as unittest.mock's ANY).


class T(tuple):
    pass


class L(list):
    pass


def f(*args, **kwargs):
    return args, kwargs


print(f(*T((1, 2))), f(*L([3]), **{"k": 4}))
print(f(*T()), type(T((1,))).__name__)


class Anything:
    def __eq__(self, other):
        return True

    def __repr__(self):
        return "<ANY>"


ANY = Anything()
print((7,) == (ANY,), {"a": 8} == {"a": ANY})
print(((7,), {"a": 8}) == ((ANY,), {"a": ANY}))
print([{"x": [1, {"y": 2}]}] == [{"x": [1, {"y": ANY}]}])
print(((7,), {"a": 8}) != ((ANY,), {"a": ANY}))
print({"a": {"b": 1}} == {"a": {"b": ANY}}, [{"a": 1}] == [{"a": 2}])
