# At exit, generators and instances with __del__ that __main__'s names hold are finalized
# while every name is still bound (CPython's collector finalizes __main__'s namespace
# before clearing it); the empty tuple is one object; a set holding itself prints set(...).


class SpamException(Exception):
    pass


class Early:
    pass


class Noisy:
    def __del__(self):
        print("__del__ sees", Early.__name__, SpamException.__name__)


def writer(log):
    try:
        while True:
            try:
                value = yield
            except SpamException:
                log.append("***")
            else:
                log.append(f">> {value}")
    finally:
        print("writer closed, sees", SpamException.__name__, log)


def wrapper(inner):
    yield from inner


log = []
w = writer(log)
wrap = wrapper(w)
wrap.send(None)
for item in [0, "spam", 2]:
    if item == "spam":
        wrap.throw(SpamException)
    else:
        wrap.send(item)
print(log)
noisy = Noisy()
never_started = writer([])

empty = ()
print(tuple() is empty, tuple([]) is empty, empty[0:0] is empty, (1, 2)[5:] is empty)


def args(*a):
    return a


print(args() is empty, tuple(x for x in []) is empty)
s = set()
print(repr({frozenset()}), len(s))
print("end of module")
