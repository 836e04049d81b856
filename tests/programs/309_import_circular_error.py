# A circular `from x import name` before the name exists: CPython's partially
# initialised module error, with a traceback through every importing line.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

print("before")
import circ_x
