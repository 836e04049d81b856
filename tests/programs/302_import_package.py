# Packages: __init__.py, __path__, submodules as attributes of their package, fromlist.
import sys

HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/modules")

import shapes

print(shapes.KIND, shapes.__doc__, shapes.__package__, shapes.describe())
print([p.replace(HERE, "<here>") for p in shapes.__path__])
print(shapes.__file__.replace(HERE, "<here>"))
print("circle" in vars(shapes))
import shapes.circle

print("circle" in vars(shapes), shapes.circle.area(2), shapes.circle.__package__)
print(repr(shapes.circle).replace(HERE, "<here>"))
import shapes.circle as c

print(c is shapes.circle, c.__name__)
from shapes import square

print(square.area(3), square.both(2), shapes.square is square)
from shapes.circle import area as circle_area, PI

print(circle_area(1), PI)
print(sorted([k for k in sys.modules if k.startswith("shapes")]))
