#!/usr/bin/env python3
"""Regenerate the VM test goldens from CPython 3.11 (run from anywhere: python3 tests/generate_programs.py).

For every tests/programs/NAME.py this runs `python3 tests/programs/NAME.py` from the repository root,
feeding tests/programs/NAME.stdin on standard input if that file exists (else empty input), with
PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and writes tests/programs/golden/NAME.out as
"<exit status>\n<stderr length in characters>\n<stderr><stdout>".
In stderr the repository's absolute path prefix is written as <ROOT>/ (CPython names the script by its
absolute path in tracebacks), so the goldens do not depend on where the repository is checked out.
Pass program names (e.g. 001_int_arith) to regenerate only those. Never edit golden files by hand.
"""

import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join("tests", "programs")
GOLDEN = os.path.join(PROGRAMS, "golden")


def pack(stdout, stderr, status):
    return f"{status}\n{len(stderr)}\n{stderr}{stdout}"


def run(name):
    script = f"{PROGRAMS}/{name}.py"
    stdin_path = os.path.join(PROGRAMS, f"{name}.stdin")
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONDONTWRITEBYTECODE"):
        env.pop(var, None)
    done = subprocess.run([sys.executable, script], input=stdin, capture_output=True, env=env,
                          cwd=ROOT, timeout=60)
    stdout = done.stdout.decode("utf-8", "surrogateescape")
    stderr = done.stderr.decode("utf-8", "surrogateescape").replace(ROOT + "/", "<ROOT>/")
    return pack(stdout, stderr, done.returncode)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"golden files come from CPython 3.11, this is {sys.version}")
    os.chdir(ROOT)
    names = sys.argv[1:] or sorted(
        os.path.splitext(os.path.basename(p))[0] for p in glob.glob(f"{PROGRAMS}/*.py"))
    os.makedirs(GOLDEN, exist_ok=True)
    for name in names:
        text = run(name)
        with open(os.path.join(GOLDEN, f"{name}.out"), "w", encoding="utf-8",
                  errors="surrogateescape", newline="") as f:
            f.write(text)
    print(f"wrote {len(names)} golden files to {GOLDEN}")


if __name__ == "__main__":
    main()
