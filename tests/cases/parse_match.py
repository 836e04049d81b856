match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"key": value, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | 1.5 | 2+3j | "s" | b"b" | None | True | False:
        pass
    case Color.RED:
        pass
    case _:
        pass
match = 1
match(x)
match x, y:
    case a, b:
        pass
