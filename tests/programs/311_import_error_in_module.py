# An exception raised by a module's body: it leaves sys.modules, and the traceback
# runs through the importing line into the module.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

try:
    import raises_at_import
except ValueError as e:
    print("caught:", e)
print("raises_at_import" in sys.modules)


def load():
    import raises_at_import


load()
