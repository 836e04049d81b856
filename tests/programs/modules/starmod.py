public_one = 1
public_two = "two"
_private = "hidden"


def public_func():
    return "public_func"
