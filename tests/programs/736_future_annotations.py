# from __future__ import annotations: annotations are kept as their source text, so names
# defined later (or never) may be used in them.
from __future__ import annotations

import dataclasses


def build(tree: Tree | None, *, depth: dict[str, list[int]] = {}) -> Forest[Tree, ...]:
    return tree


print(build.__annotations__)
count: Counter = 0


class Tree:
    parent: Tree | None
    children: list[Tree]
    weight: -1 + 2 * 3 ** -x
    label: 'quoted'
    check: lambda a, b: a if b else not a
    ranges: data.items[1:2, ::3]
    mixed: [*a, (1,), ()]
    mapping: {'k': 1, **rest}
    call: f(x, *args, key=1, **kw)
    compare: a < b <= c is not d


print(__annotations__)
for name, text in Tree.__annotations__.items():
    print(name, "=", text)


@dataclasses.dataclass
class Leaf:
    value: int
    next: Leaf | None = None


print(Leaf(1, Leaf(2)))


# A u"..." literal keeps its prefix in the annotation string.
def uprefixed(x: u"a" = 1) -> list[u"b"]:
    pass


print(uprefixed.__annotations__)
