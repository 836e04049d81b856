# sys.argv holds the script path as given on the command line (no extra arguments).
import sys
print(len(sys.argv))
print(sys.argv)
print(sys.argv[0].endswith("156_sys_argv.py"))
print(type(sys.argv).__name__, sys.argv[1:])
args = sys.argv[1:]
if not args:
    print("no arguments given")
else:
    print("arguments:", args)
