# An uncaught exception group is printed in nested boxes, with chained exceptions.

def check(value):
    if value % 3 == 0:
        raise ValueError(f"{value} is divisible by 3")
    if value % 5 == 0:
        raise TypeError(f"{value} is divisible by 5")


def validate(values):
    errors = []
    for v in values:
        try:
            check(v)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)


def run():
    try:
        validate([1, 3, 5, 7])
    except* TypeError:
        raise KeyError("type problems")


print("start")
try:
    run()
finally:
    print("finally runs before the report")
