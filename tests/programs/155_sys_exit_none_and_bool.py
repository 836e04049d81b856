# Ends via sys.exit(None) after raising SystemExit(True) was caught: status 0.
import sys
try:
    raise SystemExit(True)
except SystemExit as e:
    print("code", e.code, type(e.code).__name__)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple code", e.code)
print("exiting with None")
sys.exit(None)
