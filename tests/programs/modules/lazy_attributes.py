# A module with its own __getattr__ (PEP 562), imported by 975_module_getattr.py.
def __getattr__(name):
    if name.startswith("auto_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
x = 1
