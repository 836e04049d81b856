# global inside nested functions, shadowing at several levels.
value = "module"
def outer():
    value = "outer"
    def inner_global():
        global value
        value = "set by inner_global"
    def inner_nonlocal():
        nonlocal value
        value = "set by inner_nonlocal"
    inner_global()
    print("after global:", value)
    inner_nonlocal()
    print("after nonlocal:", value)
    return value
print(outer())
print("module value:", value)
total = 0
def add_all(nums):
    def add(n):
        global total
        total += n
    for n in nums:
        add(n)
add_all([1, 2, 3])
print(total)
def make():
    global made_later
    def f():
        return made_later
    made_later = "ok"
    return f
print(make()())
