"""What CPython 3.11 prints for the front-end commands, computed in one python3 process.

Used by tests/generate_golden.py (golden files) and by the stdlib differential test.
Each function returns (stdout, stderr, exit_status) exactly as the equivalent command would:

  tokens(path, exact)    `python3 -m tokenize [-e] PATH`
  ast(path, positions)   `python3 -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],"rb").read()),
                          indent=2[, include_attributes=True]))' PATH`; on a SyntaxError, what
                          `python3 PATH` prints for it (the source is never run)

Command line: cpython_front_end.py OUT_DIR FILE...  writes OUT_DIR/<n>.tokens and
OUT_DIR/<n>.ast-positions (n = the file's index in the list), each as
"<status>\n<stderr length>\n<stderr><stdout>", for the differential test.
"""

import ast as ast_module
import contextlib
import io
import os
import subprocess
import sys
import tokenize


def tokens(path, exact=False):
    out, err = io.StringIO(), io.StringIO()
    status = 0
    argv = sys.argv
    sys.argv = ["tokenize"] + (["-e"] if exact else []) + [path]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tokenize.main()
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else 1
    finally:
        sys.argv = argv
    return out.getvalue(), err.getvalue(), status


def ast(path, positions=False):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast_module.parse(source, filename=path)
    except (SyntaxError, ValueError):
        # What the interpreter itself prints: run it, it stops at compile time.
        done = subprocess.run([sys.executable, path], capture_output=True, text=True)
        return "", done.stderr, done.returncode
    return ast_module.dump(tree, indent=2, include_attributes=positions) + "\n", "", 0


def pack(result):
    stdout, stderr, status = result
    return f"{status}\n{len(stderr)}\n{stderr}{stdout}"


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for index, path in enumerate(sys.argv[2:]):
        for suffix, result in (("tokens", lambda: tokens(path)), ("ast-positions", lambda: ast(path, True))):
            try:
                text = pack(result())
            except RecursionError:
                text = "skip\n"
            with open(os.path.join(out_dir, f"{index}.{suffix}"), "w", encoding="utf-8",
                      errors="surrogatepass", newline="") as f:
                f.write(text)


if __name__ == "__main__":
    main()
