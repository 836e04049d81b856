# Relative imports that cannot work.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

print(__package__, __spec__)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import shapes.beyond
except ImportError as e:
    print(type(e).__name__, e)
print("shapes.beyond" in sys.modules, "shapes" in sys.modules)
from .. import up
