# Annotations with typing generics, TypeVar, Generic subclasses and Protocol: they must
# simply work at run time (nothing is checked).
from typing import Any, Callable, Dict, Generic, Iterator, List, Optional, Protocol, Tuple, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"


def welcome(g: Greeter, names: List[str]) -> Dict[str, str]:
    return {n: g.greet(n) for n in names}


def apply(f: Callable[[int], int], xs: Tuple[int, ...]) -> List[int]:
    return [f(x) for x in xs]


def first(pairs: Dict[K, Union[int, str]]) -> Optional[K]:
    for key in pairs:
        return key
    return None


s: Stack[int] = Stack()
s.push(1).push(2).push(3)
print(list(s), s.pop(), s.pop(), s.pop(), s.pop())
print(welcome(English(), ["Ada", "Grace"]))
print(apply(lambda x: x * x, (1, 2, 3)))
print(first({"a": 1, "b": "two"}), first({}))
value: Any = 42
count: int
print(value, "count" in globals())
