# Containers nested 100,000 deep: repr raises RecursionError (as CPython), hash works, and
# they are freed without overflowing the stack.
nested = []
for i in range(100_000):
    nested = [nested]
for make in (list, tuple, dict):
    value = make()
    for i in range(100_000):
        value = {"k": value} if make is dict else make([value])
    try:
        repr(value)
    except RecursionError as e:
        print(make.__name__, "RecursionError:", e)
t = ()
for i in range(100_000):
    t = (t,)
print(isinstance(hash(t), int), hash(t) == hash(t))
del nested, t, value
print("freed")
