# SystemExit can be caught; it is not an Exception subclass. Ends with sys.exit() (status 0).
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("string code:", e.code)
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.exit()
