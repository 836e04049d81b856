print("shapes.util: init, __name__ =", __name__, "__package__ =", __package__)
from . import mathx
from .mathx import double
