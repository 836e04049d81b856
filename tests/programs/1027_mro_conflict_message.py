# When the bases of a class cannot be put in one consistent order, the TypeError names
# the heads of the lists still to merge, each class once, in the order first seen.
class Root:
    pass


class Left(Root):
    pass


class Right(Root):
    pass


class LR(Left, Right):
    pass


class RL(Right, Left):
    pass


attempts = [
    (Left, Root, Right),
    (LR, RL),
    (Root, Left),
    (Root, Left, Right),
    (Left, Root),
    (LR, Right, Left),
]
for bases in attempts:
    names = ", ".join(b.__name__ for b in bases)
    try:
        made = type("Made", bases, {})
        print(names, "->", [c.__name__ for c in made.__mro__])
    except TypeError as e:
        print(names, "->", str(e).replace("\n", " "))


class Broken(Left, Root, Right):
    pass
