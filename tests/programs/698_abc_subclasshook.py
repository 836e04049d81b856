# __subclasshook__: an ABC can recognise classes by their methods, or refuse them.
from abc import ABC, abstractmethod


class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        return "closed"


class Socket(File):
    pass


class Pipe:
    pass


print(issubclass(File, Closeable), issubclass(Socket, Closeable), issubclass(Pipe, Closeable))
print(isinstance(File(), Closeable), isinstance(Pipe(), Closeable))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Child(Never):
    pass


print(issubclass(Child, Never), isinstance(Child(), Never))


class Strict(Closeable):
    pass


print(issubclass(File, Strict), issubclass(Strict, Closeable))
try:
    Strict()
except TypeError as e:
    print(e)
