"""Closures: cells and free variables, nonlocal, and functions made by functions."""


def counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


def compose(*functions):
    def composed(value):
        for f in reversed(functions):
            value = f(value)
        return value

    return composed


tick = counter(10)
tick()
tick(5)
print("counter:", tick())
print("multipliers:", [m(3) for m in make_multipliers()])
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print("compose:", inc_then_double(4))
