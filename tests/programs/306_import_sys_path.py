# sys.path: the script's directory first, and a list the program can change.
import sys

HERE = __file__.rsplit("/", 1)[0]
print(type(sys.path).__name__, sys.path[0] == HERE)
try:
    import appended
except ModuleNotFoundError as e:
    print(e)
sys.path.append(HERE + "/modules/extra")
import appended

print(appended.WHERE, appended.__file__.replace(HERE, "<here>"))
sys.path = [HERE + "/modules"]
import notpkg

print(notpkg.X)
import nspkg.part.leaf

print(nspkg.part.leaf.LEAF, nspkg.__file__, [p.replace(HERE, "<here>") for p in nspkg.__path__])
