"""Shapes package."""
print("shapes: init, __package__ =", __package__)
__all__ = ["square", "describe"]
KIND = "package"


def describe():
    return "shapes package " + __name__
