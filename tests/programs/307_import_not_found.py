# ModuleNotFoundError and ImportError messages, caught and then uncaught.
import sys

HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/modules")


def attempt(code):
    try:
        exec_import(code)
    except ImportError as e:
        path = e.path.replace(HERE, "<here>") if e.path else e.path
        print(type(e).__name__ + ":", str(e).replace(HERE, "<here>"), "| name:", e.name, "| path:", path)


def exec_import(code):
    if code == 1:
        import no_such_module
    elif code == 2:
        import notpkg.sub
    elif code == 3:
        import shapes.no_such_sub
    elif code == 4:
        from greet import missing_name
    elif code == 5:
        from shapes import missing_name
    elif code == 6:
        from sys import missing_name
    elif code == 7:
        import no_such_package.sub


for code in range(1, 8):
    attempt(code)
print(isinstance(ModuleNotFoundError("x"), ImportError))
import shapes.circle.deeper
