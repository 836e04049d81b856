# `from m import *`: public names, or exactly __all__ (which may name submodules).
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

from starmod import *

print(public_one, public_two, public_func())
print("_private" in dir())
from starall import *

print(listed, _also_listed)
print("unlisted" in dir())
from shapes import *

print(square.area(4), describe())
print("KIND" in dir(), "circle" in dir(), "shapes.circle" in sys.modules)
