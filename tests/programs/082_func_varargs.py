# *args and **kwargs.
def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, "x", key="v")
nums = [3, 4]
opts = {"sep": "-", "end": "!\n"}
show(*nums, *"ab", **opts, extra=True)
print(*nums, **opts)
def total(*values, start=0):
    result = start
    for v in values:
        result += v
    return result
print(total(1, 2, 3), total(1, 2, start=10), total())
def merge(**parts):
    return sorted(parts.items())
print(merge(z=1, a=2))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(1), first_and_rest(1, 2, 3), first_and_rest(*range(4)))
def forward(*args, **kwargs):
    return total(*args, **kwargs)
print(forward(5, 6, start=100))
print(max(*[4, 9, 2]), min(3, *[8, 1]))
