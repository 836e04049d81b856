# A match statement: sequence, mapping, class and OR patterns, a guard and a default case.
def describe(s):
    match s:
        case [x, *rest]:
            return x, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=0, y=y) | [y]:
            return y
        case n if n > 0:
            return n
        case _:
            return None
