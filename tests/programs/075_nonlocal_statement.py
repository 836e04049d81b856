# nonlocal statement.
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc()
    inc()
    return count, inc
c, f = outer()
print(c, f(), f())
def make():
    value = "initial"
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = make()
print(g())
s("changed")
print(g())
def level1():
    x = 1
    def level2():
        def level3():
            nonlocal x
            x += 10
        level3()
        return x
    return level2()
print(level1())
def no_nonlocal():
    y = 1
    def inner():
        y = 2
        return y
    inner()
    return y
print(no_nonlocal())
