# eval, exec and compile: namespaces, modes, errors.

counter = 10
print(eval("counter * 2 + 1"))
print(eval("  [n * n for n in range(4)]"))
print(eval("(lambda a, b=3: a - b)(9)"))


def scoped(value):
    doubled = value * 2
    return eval("doubled + value")


print(scoped(7))

namespace = {"base": 5}
exec("def grow(x):\n    return base + x\nresult = grow(3)", namespace)
print(namespace["result"], sorted(k for k in namespace if k != "__builtins__"))
print("__builtins__" in namespace)

local_ns = {}
exec("total = sum(range(5))", {}, local_ns)
print(local_ns)

exec("shared_name = 'set by exec'")
print(shared_name)

print(exec("1 + 1"))
print(eval("x + y", {"x": 2}, {"y": 40}))

code = compile("3 ** 4", "<calc>", "eval")
print(type(code).__name__, eval(code))
block = compile("squares = [i * i for i in range(5)]", "<block>", "exec")
scope = {}
exec(block, scope)
print(scope["squares"])

for bad in ["1 +", "[1,,2]", "x = = 2"]:
    try:
        exec(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)

try:
    eval("missing_name")
except NameError as e:
    print("NameError", e)

for text in ["1\r\n", "\r\n7", "'a' \\\r\n 'b'"]:
    print(repr(eval(text)))
exec("\rvalue_cr = 3")
print(value_cr)

try:
    compile("x", "<m>", "other")
except ValueError as e:
    print("ValueError", e)
try:
    exec(42)
except TypeError as e:
    print("TypeError", e)
try:
    exec("pass", [])
except TypeError as e:
    print("TypeError", e)
print(type(__debug__), __debug__)
