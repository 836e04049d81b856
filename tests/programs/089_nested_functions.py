# Nested function definitions and inner helpers.
def outer(a):
    def helper(b):
        return a + b
    def twice(b):
        return helper(helper(b))
    return twice(1)
print(outer(10))
def make_ops():
    def add(x, y):
        return x + y
    def sub(x, y):
        return x - y
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3))
def counter_tree(depth):
    def walk(d):
        if d == 0:
            return 1
        return 1 + walk(d - 1) + walk(d - 1)
    return walk(depth)
print(counter_tree(4))
def outer2():
    x = "outer"
    def middle():
        def inner():
            return x + "-inner"
        return inner()
    return middle()
print(outer2())
def conditional_def(flag):
    if flag:
        def f():
            return "yes"
    else:
        def f():
            return "no"
    return f()
print(conditional_def(True), conditional_def(False))
print(outer.__name__, make_ops.__qualname__, ops["add"].__qualname__)
