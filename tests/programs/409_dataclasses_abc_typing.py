from __future__ import annotations
# dataclasses, abc and typing (with __future__ annotations).
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from abc import ABC, abstractmethod
from typing import List, Optional, Dict, Any, TypeVar


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)


p = Point(1)
q = Point(1, 0)
print(p, p == q, p != Point(2), asdict(p), astuple(Point(3, 4, ["a"])), replace(p, y=9))
print([f.name for f in fields(Point)], Point.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), v1 == Version(1, 2), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("frozen:", e)


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def __post_init__(self):
        self.total = self.price * self.qty


print(Item("pen", 1.5, 4).total)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print(e)
T = TypeVar("T")


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


print(first([5, 6]), first([]), Dict[str, Any], Optional[int], T)
