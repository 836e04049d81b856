# `if __name__ == "__main__":` is true only in the script.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

import guarded

print(guarded.main(), guarded.__name__)
if __name__ == "__main__":
    print("script: running as __main__")
