# The interpreter's report of a NameError or AttributeError ends with CPython 3.11's
# "Did you mean" hint: the closest local, global or builtin name, or the closest attribute
# of the object. The traceback module of 3.11 adds no hint.
import sys
import traceback


class Account:
    limit = 10

    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


def report(action):
    try:
        action()
    except Exception as e:
        sys.__excepthook__(type(e), e, None)
        print(traceback.format_exception_only(type(e), e)[-1], end="")


def local_typo():
    counter = 1
    return countr + 1


report(local_typo)
report(lambda: prnt("x"))
report(lambda: true)
report(lambda: Account().balanse)
report(lambda: Account().depost(3))
report(lambda: Account.limt)
report(lambda: [].appnd(1))
report(lambda: "text".uper())
report(lambda: sys.argvv)
report(lambda: int.from_byte)
report(lambda: Account().nothing_like_it)
report(lambda: undefined_and_unlike_anything_else)
print(type.mro2 if False else "done")

total_count = 3
print(total_cont)
