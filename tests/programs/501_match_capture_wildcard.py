# Capture patterns bind the subject; `_` matches anything and binds nothing.
def first(value):
    match value:
        case 0:
            return "zero"
        case other:
            return f"captured {other!r}"


print(first(0), first(5), first("x"))

match 42:
    case _:
        print("wildcard matched")

_ = "untouched"
match 99:
    case _:
        pass
print("_ is still", _)

# A capture at module level binds a global name; it stays bound after the match.
match [1, 2]:
    case whole:
        print("whole =", whole)
print("after:", whole)

# A failed case may leave captures of sub-patterns unbound; a later case's capture wins.
def f(x):
    match x:
        case (a, 1):
            return ("first", a)
        case (a, b):
            return ("second", a, b)

print(f((5, 1)), f((5, 2)))

# Captures inside a function are locals.
def locals_demo(s):
    match s:
        case [a, b, c]:
            pass
    return sorted(locals())

print(locals_demo([1, 2, 3]))

# No case matches: nothing happens and no name is bound.
def none_match(s):
    match s:
        case 1:
            hit = True
    try:
        return hit
    except UnboundLocalError as e:
        return str(e)

print(none_match(2))
