# Function annotations; list[int] and friends; X | Y unions; the types module; __mro_entries__;
# int() and float() of non-ASCII decimal digits.
import types


class Node:
    pass


def link(a: Node, b: "Node" = None, *rest: int, key: list[int] = None, **extra: dict) -> bool:
    return True


print(link.__annotations__)
print((lambda x: x).__annotations__, link.__name__)

order = []


def note(value):
    order.append(value)
    return value


def evaluated(a: note("a"), b: note("b") = note("default")) -> note("return"):
    pass


print(order)

print(list[int], dict[str, list[Node]], tuple[int, ...], tuple[()], type[Node], set["Node"])
alias = dict[str, int]
print(alias.__origin__, alias.__args__, alias(a=1), type(alias).__name__, alias == dict[str, int])
try:
    isinstance({}, alias)
except TypeError as e:
    print(e)

print(int | None, int | str | None, Node | None, None | Node, int | int, list[int] | None)
print((int | str) == (str | int), isinstance(3, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), type(int | str).__name__, (int | str).__args__)
try:
    int | 3
except TypeError as e:
    print(e)


class Numbers(list[int]):
    pass


print(Numbers.__mro__, Numbers([1, 2]), Numbers.__orig_bases__)

ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns == types.SimpleNamespace(x=1, y="two", z=[3]))
print(isinstance(link, types.FunctionType), isinstance(print, types.BuiltinFunctionType))
print(isinstance((n for n in ()), types.GeneratorType), types.NoneType, types.ModuleType.__name__)
proxy = types.MappingProxyType({"k": 1})
print(proxy["k"], len(proxy), list(proxy.items()), "k" in proxy)

print(int("١٢٣"), int("ⅠⅡ".isdecimal()), float("٣.٥"), int("０ｘ１Ｆ".lower() if False else "１７", 8))
