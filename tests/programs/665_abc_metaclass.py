"""abc on the metaclass support: ABCMeta computes __abstractmethods__ and refuses to
instantiate abstract classes, register() adds virtual subclasses, __subclasshook__ decides
issubclass/isinstance."""

from abc import ABC, ABCMeta, abstractmethod, abstractproperty


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe(), type(Shape).__name__, isinstance(Shape, ABCMeta))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin and any("run" in vars(k) for k in C.__mro__ if hasattr(k, "__dict__")):
            return True
        return NotImplemented


class Runner:
    def run(self):
        return "running"


class Other:
    pass


print(isinstance(Runner(), Plugin), issubclass(Runner, Plugin), isinstance(Other(), Plugin), issubclass(Other, Plugin))


class Sequenceish(ABC):
    pass


Sequenceish.register(list)
Sequenceish.register(tuple)


@Sequenceish.register
class MySeq:
    pass


print(isinstance([], Sequenceish), isinstance((), Sequenceish), isinstance({}, Sequenceish), issubclass(MySeq, Sequenceish))
print(isinstance(MySeq(), Sequenceish), MySeq.__name__, issubclass(bool, Sequenceish))


class Sub(Sequenceish):
    pass


print(isinstance(Sub(), Sequenceish), issubclass(Sub, Sequenceish), issubclass(Sequenceish, Sub))


class WithProp(ABC):
    @property
    @abstractmethod
    def value(self):
        ...


class Concrete(WithProp):
    @property
    def value(self):
        return 42


print(Concrete().value, sorted(WithProp.__abstractmethods__))
try:
    WithProp()
except TypeError as e:
    print("TypeError:", e)
