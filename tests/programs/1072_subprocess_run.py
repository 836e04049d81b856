# subprocess.run and its helpers: captured, merged and discarded streams, input, text mode,
# check=True, cwd, env, timeout, missing programs, check_output/check_call/call/getoutput.
import subprocess
import sys

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run("echo one; echo two >&2", shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(["cat"], input=b"abc\ndef\n", stdout=subprocess.PIPE)
print(r)
r = subprocess.run(["cat"], input="x\r\ny\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["cat"], input="é", capture_output=True, encoding="utf-8")
print(repr(r.stdout))
r = subprocess.run("echo out; echo err >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run("echo out; echo err >&2", shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r)
print(subprocess.run(["false"]))
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr, e.args)
    print(repr(e))
try:
    subprocess.run("echo partial; exit 4", shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
r = subprocess.run(["true"])
r.check_returncode()
try:
    subprocess.run(["false"]).check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e)
try:
    subprocess.run(["nonexistent-cmd"])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(["pwd"], cwd="no-such-dir-here")
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(subprocess.run(["sh", "-c", "cd ..; cd -P tmp 2>/dev/null; echo ok"], cwd="/", capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout, end="")
r = subprocess.run(["env"], env={"FOO": "bar", "X": "1"}, capture_output=True, text=True)
print(sorted(r.stdout.split()))
r = subprocess.run("printf '%s' \"$GREETING\"", shell=True, env={"GREETING": "hi there"}, capture_output=True)
print(r.stdout)
try:
    subprocess.run(["sh", "-c", "while :; do :; done"], timeout=0.2, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.timeout, e.cmd)
print(subprocess.check_output(["echo", "checked"]))
print(subprocess.check_output("printf 'a\\nb'", shell=True, text=True))
try:
    subprocess.check_output("exit 2", shell=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.call(["sh", "-c", "exit 5"]))
print(subprocess.getoutput("echo got; echo err >&2"))
print(subprocess.getstatusoutput("echo status; exit 7"))
print(subprocess.getstatusoutput("true"))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
sys.stdout.flush()
subprocess.run(["echo", "inherited"])
print("after")
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
print(subprocess.CompletedProcess(["a"], 0, "o", "e"))
print(subprocess.CalledProcessError(-9, ["x"]))
