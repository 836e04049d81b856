# A module found on sys.path: its body runs once, its attributes, repr and identity.
import sys

HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/modules")

print("script __name__:", __name__, __name__ == "__main__")
import greet

print(greet.VALUE, greet.hello("world"))
print(greet.__name__, greet.__doc__)
print(greet.__file__.replace(HERE, "<here>"))
print(repr(greet).replace(HERE, "<here>"))
print(type(greet).__name__, greet.__package__ == "")
print(greet.__dict__["VALUE"], greet.__dict__["__name__"], "hello" in greet.__dict__)
print(list(vars(greet)))

import greet as again
print(again is greet, sys.modules["greet"] is greet)
print(greet.counter(), greet.counter(), greet.VALUE)
import greet
print("no second body run:", greet.VALUE)
