"""A small module with a docstring."""

print("greet: running body, __name__ =", __name__)

VALUE = 42
_hidden = "private"


def hello(name):
    return "hello, " + name + " (from " + __name__ + ")"


def counter():
    global VALUE
    VALUE += 1
    return VALUE


if __name__ == "__main__":
    print("greet: this never prints when imported")
