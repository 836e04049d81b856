#!/usr/bin/env python3
"""Generate the golden transcripts of the line debugger from pdb itself.

For each tests/line/NAME.cmds, run `python3 -m pdb PROGRAM` with those commands on stdin (from
the repository root), where PROGRAM is tests/line/P.py or else tests/tui/P.py, P being NAME up to
its first '-' (walk-jump.cmds runs walk.py) and keep what pdb prints in tests/line/golden/NAME.out, with
the repository's absolute path replaced by <ROOT>. tests/line_debugger.rs runs
`pyglass debug --no-tui` the same way and compares.

Usage: python3 tests/generate_line_transcripts.py [NAME ...]
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LINE = ROOT / "tests" / "line"


def program(name):
    """The program a transcript runs, relative to the repository root."""
    stem = name.split("-")[0]
    for folder in ("tests/line", "tests/tui"):
        if (ROOT / folder / f"{stem}.py").exists():
            return f"{folder}/{stem}.py"
    raise SystemExit(f"no program for {name}")


def main():
    names = sys.argv[1:] or sorted(p.stem for p in LINE.glob("*.cmds"))
    (LINE / "golden").mkdir(exist_ok=True)
    for name in names:
        commands = (LINE / f"{name}.cmds").read_bytes()
        result = subprocess.run(
            [sys.executable, "-m", "pdb", program(name)],
            input=commands,
            capture_output=True,
            cwd=ROOT,
        )
        text = (result.stdout + result.stderr).decode().replace(str(ROOT), "<ROOT>")
        (LINE / "golden" / f"{name}.out").write_text(text)
        print(f"{name}: {len(text.splitlines())} lines")


if __name__ == "__main__":
    main()
