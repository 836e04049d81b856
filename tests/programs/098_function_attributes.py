# Function attributes: __name__, __doc__, __defaults__, __kwdefaults__, custom attrs.
def documented(a, b=2, *, c=3):
    """Adds things."""
    return a + b + c
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_name)
documented.calls = 0
documented.calls += 1
print(documented.calls)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
print(getattr(documented, "missing", "default"), hasattr(documented, "calls"))
try:
    documented.nope
except AttributeError as e:
    print("AttributeError:", e)
print(documented.__module__)
