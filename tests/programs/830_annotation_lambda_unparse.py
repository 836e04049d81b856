# Annotations kept as text (PEP 563) print lambdas with their defaults, `/`, `*` and `**`,
# and `yield from` a tuple with its parentheses.
from __future__ import annotations


def f(x: lambda a, b=2, *c, d, e=3, **g: 0, y: lambda p=1, /, *, q: p) -> lambda: (yield from (1, 2)):
    pass


for name, text in f.__annotations__.items():
    print(name, text)
