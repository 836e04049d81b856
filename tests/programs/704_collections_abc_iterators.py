# Iterable, Iterator, Generator and Reversible: structural checks and the mixins.
from collections.abc import Iterable, Iterator, Generator, Reversible, Sized, Container, Collection


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class OnlyIter:
    def __iter__(self):
        yield from (1, 2)


class NotIterable:
    __iter__ = None


print(isinstance(Countdown(3), Iterator), isinstance(OnlyIter(), Iterator), isinstance(OnlyIter(), Iterable))
print(isinstance(NotIterable(), Iterable), issubclass(Countdown, Iterable), list(Countdown(3)))


class Evens(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 2
        if self.i > 8:
            raise StopIteration
        return self.i


e = Evens()
print(iter(e) is e, list(e), isinstance(e, Iterable))


class Echo(Generator):
    def __init__(self):
        self.last = None

    def send(self, value):
        if value == "stop":
            raise StopIteration
        self.last = value
        return value

    def throw(self, typ, val=None, tb=None):
        raise typ


g = Echo()
print(next(g), g.send(5), g.last, isinstance(g, Iterator))
g.close()
print("closed")


def numbers():
    yield 1


print(isinstance(numbers(), Generator), issubclass(type(numbers()), Iterator), isinstance(numbers, Generator))


class Box:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(())

    def __reversed__(self):
        return iter(())


print(isinstance(Box(), Sized), isinstance(Box(), Container), isinstance(Box(), Collection),
      isinstance(Box(), Reversible))
try:
    Iterator()
except TypeError as e:
    print(e)
