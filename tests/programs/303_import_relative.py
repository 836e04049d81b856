# Relative imports inside a nested package: from . import, from .m import, from .. import.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

import shapes.util.mathx

print(shapes.util.mathx.combined(2))
print(shapes.util.double(21), shapes.util.mathx.double is shapes.util.double)
print(shapes.util.__package__, shapes.util.mathx.__package__, shapes.util.mathx.__name__)
print(shapes.util.mathx.circle is shapes.circle, "square" in vars(shapes))
from shapes.util import mathx as m2

print(m2 is shapes.util.mathx)
