# A syntax error in an imported module, caught and then uncaught.
import sys

HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/modules")

try:
    import broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    print(e.filename.replace(HERE, "<here>"), str(e))
print("broken_syntax" in sys.modules)
import broken_syntax
