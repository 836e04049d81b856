# isinstance's second test: an instance whose class defines __class__ (a property, as a
# mock with a spec) is an instance of the class it names.
class Foo:
    pass
class P:
    @property
    def __class__(self):
        return int
class Q:
    def get(self):
        return Foo
    __class__ = property(get)
class R(Q):
    pass
class S:
    @property
    def __class__(self):
        raise AttributeError("no")
class U:
    __class__ = 5
print(isinstance(P(), int), isinstance(P(), Foo), isinstance(Q(), Foo), isinstance(R(), Foo), isinstance(R(), Q))
print(isinstance(S(), Foo), isinstance(S(), S), isinstance(U(), Foo), isinstance(P(), (str, int)))
print(type(P()).__name__, P().__class__)
from unittest import mock
m = mock.Mock(spec=Foo)
print(isinstance(m, Foo), isinstance(m, mock.Mock), isinstance(mock.MagicMock(spec=Foo), Foo))
