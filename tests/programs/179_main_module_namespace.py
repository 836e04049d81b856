# The namespace of __main__: docstring, __name__, __builtins__, and module attributes.
"""Module doc."""
import sys
print(__doc__, __name__, __builtins__.__name__, sys.__name__, sorted(vars(sys))[:2] == sorted(sys.__dict__)[:2])
print(sorted([k for k in globals() if k != "__file__"]))
