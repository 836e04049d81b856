"""A first program to look at: pyglass tokens examples/hello.py, pyglass ast examples/hello.py."""


def greet(name: str, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"


for who in ["world", "pyglass"]:
    print(greet(who))
