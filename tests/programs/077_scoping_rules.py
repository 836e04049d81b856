# LEGB lookups, shadowed builtins, loop variable scope.
len_before = len("abc")
def shadow_builtin():
    len = lambda x: 42
    return len("abc")
print(len_before, shadow_builtin(), len("abc"))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def uses_global():
    return x
print(uses_global())
for loop_var in range(3):
    pass
print(loop_var)
def late():
    return later_defined
later_defined = "defined after function"
print(late())
def locals_first():
    try:
        v = x
        x = 1
    except UnboundLocalError as e:
        return str(e)
print(locals_first())
if True:
    block_var = "visible"
print(block_var)
