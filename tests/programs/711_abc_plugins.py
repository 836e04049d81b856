# A plugin registry built on ABCs: subclasses, registered classes and duck-typed ones.
from abc import ABC, abstractmethod


class Exporter(ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Exporter.registry.append(cls.__name__)

    @abstractmethod
    def export(self, data):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Exporter and any("export" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class CsvExporter(Exporter):
    def export(self, data):
        return ",".join(map(str, data))


class JsonishExporter(Exporter):
    def export(self, data):
        return "[" + ", ".join(repr(x) for x in data) + "]"


class Broken(Exporter):
    pass


class Duck:
    def export(self, data):
        return " ".join(map(str, reversed(data)))


class Legacy:
    def dump(self, data):
        return str(data)


print(Exporter.registry)
for cls in (CsvExporter, JsonishExporter, Broken, Duck, Legacy):
    try:
        obj = cls()
    except TypeError as e:
        print(cls.__name__, "->", e)
        continue
    if isinstance(obj, Exporter):
        print(cls.__name__, obj.export([1, "b", 3.0]))
    else:
        print(cls.__name__, "is not an Exporter")
Exporter.register(Legacy)
print(isinstance(Legacy(), Exporter), issubclass(Legacy, Exporter), issubclass(Duck, CsvExporter))
