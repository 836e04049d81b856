# Late binding of closure variables in loops.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make_funcs():
    result = []
    for j in range(3):
        def f():
            return j * 10
        result.append(f)
    j = 99
    return result
print([f() for f in make_funcs()])
def make_funcs_fixed():
    def make(j):
        return lambda: j * 10
    return [make(j) for j in range(3)]
print([f() for f in make_funcs_fixed()])
comp = [lambda: k for k in range(3)]
print([f() for f in comp])
x = 1
def reads_x():
    return x
x = 2
print(reads_x())
