#!/usr/bin/env python3
"""Regenerate the golden files from CPython 3.11 (run from anywhere: python3 tests/generate_golden.py).

Inputs and outputs, all paths relative to the repository root (the commands are run from there):
  tests/cases/NAME.py   ->  tests/golden/NAME.tokens, NAME.tokens-exact, NAME.ast, NAME.ast-positions
  tests/errors/NAME.py  ->  tests/golden/errors/NAME.stderr   (what `python3 tests/errors/NAME.py` prints:
                            each file there is malformed, so CPython stops before running it)
In error reports the repository's absolute path is written as <ROOT>.
Each golden file is "<exit status>\n<stderr length>\n<stderr><stdout>" (see cpython_front_end.pack).
Never edit golden files by hand.
"""

import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "tools"))
import cpython_front_end as cpython  # noqa: E402


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="") as f:
        f.write(text)


def rooted(result):
    """python3 names a script by its absolute path; keep goldens independent of the checkout."""
    stdout, stderr, status = result
    return stdout, stderr.replace(ROOT + os.sep, "<ROOT>/"), status


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"golden files come from CPython 3.11, this is {sys.version}")
    os.chdir(ROOT)
    for case in sorted(glob.glob("tests/cases/*.py")):
        name = os.path.splitext(os.path.basename(case))[0]
        write(f"tests/golden/{name}.tokens", cpython.pack(cpython.tokens(case)))
        write(f"tests/golden/{name}.tokens-exact", cpython.pack(cpython.tokens(case, exact=True)))
        write(f"tests/golden/{name}.ast", cpython.pack(rooted(cpython.ast(case))))
        write(f"tests/golden/{name}.ast-positions", cpython.pack(rooted(cpython.ast(case, positions=True))))
    for case in sorted(glob.glob("tests/errors/*.py")):
        name = os.path.splitext(os.path.basename(case))[0]
        done = subprocess.run([sys.executable, case], capture_output=True, text=True)
        if done.returncode != 1 or done.stdout or "Error: " not in done.stderr:
            sys.exit(f"{case} must be malformed Python (CPython exited {done.returncode})")
        write(f"tests/golden/errors/{name}.stderr", cpython.pack(rooted(("", done.stderr, done.returncode))))


if __name__ == "__main__":
    main()
