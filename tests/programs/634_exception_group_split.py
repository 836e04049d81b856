# split, subgroup and derive: by type, by tuple of types, by predicate; nesting kept.

def show(label, group):
    print(label, "None" if group is None else repr(group))


tree = ExceptionGroup("top", [
    ValueError(1),
    ExceptionGroup("middle", [TypeError(2), ValueError(3), ExceptionGroup("bottom", [KeyError(4)])]),
    OSError("os"),
])

match, rest = tree.split(ValueError)
show("match", match)
show("rest", rest)
match, rest = tree.split((TypeError, KeyError))
show("match", match)
show("rest", rest)
show("subgroup predicate", tree.subgroup(lambda e: isinstance(e, LookupError)))
show("subgroup nothing", tree.subgroup(ZeroDivisionError))
show("subgroup everything", tree.subgroup(Exception))
print(tree.subgroup(ExceptionGroup) is tree)
match, rest = tree.split(lambda e: False)
show("none matched", match)
print(rest is tree)

# The parts keep the group's cause, context and traceback.
try:
    try:
        raise KeyError("cause")
    except KeyError as cause:
        raise ExceptionGroup("chained", [ValueError(1), TypeError(2)]) from cause
except ExceptionGroup as chained:
    part = chained.subgroup(ValueError)
    print(repr(part.__cause__), part.__context__ is chained.__context__)

show("derive", tree.derive([IndexError(9)]))
print(tree.derive([IndexError(9)]).exceptions)

try:
    tree.split(42)
except TypeError as e:
    print("TypeError:", e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)


mine = MyGroup("custom", [ValueError(1), TypeError(2)])
match, rest = mine.split(ValueError)
print(type(match).__name__, repr(match), type(rest).__name__, rest.message)
print(isinstance(mine, ExceptionGroup), str(mine))
