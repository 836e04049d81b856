# Classes: attributes, methods, properties, static/class methods, inheritance, super(), exception subclasses.
class Animal:
    """An animal."""
    kind = "generic"

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    @property
    def upper(self):
        return self.name.upper()

    @staticmethod
    def create(name):
        return Animal(name)

    @classmethod
    def describe(cls):
        return cls.__name__ + " " + cls.kind


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def speak(self):
        return super().speak() + "!"


d = Dog("rex")
print(d.speak(), d.upper, d.kind, Dog.describe(), d.describe(), Animal.create("cat").speak())
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object), issubclass(Dog, Animal), type(d).__name__)
print(Dog.__mro__, Dog.__bases__, Animal.__doc__, Dog.__qualname__, d.__class__ is Dog)
print(d.__dict__, Dog.__name__, type(d) is Dog, callable(Dog), d.tricks)
d.tricks.append("sit")
print(d.tricks, hasattr(d, "nope"), getattr(d, "name"))


class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise MyError(42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, MyError), repr(e))
try:
    d.missing
except AttributeError as e:
    print(e)
m = d.speak
print(m(), m.__func__.__name__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for _ in range(3):
    Counter()
print(Counter.count)
raise MyError(7)
