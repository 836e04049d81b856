# Ends via sys.exit(3): exit status 3; finally blocks still run.
import sys
def main():
    print("working")
    try:
        sys.exit(3)
    finally:
        print("finally runs on exit")
main()
print("not reached")
