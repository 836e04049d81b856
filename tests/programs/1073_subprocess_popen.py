# subprocess.Popen: pipes read, written and iterated, communicate, wait/poll/kill, timeouts,
# the context manager, and a child's output left to the parent.
import subprocess
import sys

p = subprocess.Popen(["echo", "popen"], stdout=subprocess.PIPE)
print(p.stdout.read())
print(p.wait(), p.returncode)
print(p.args)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"through cat\n")
print(out, err, p.returncode)

p = subprocess.Popen(["sh", "-c", "printf 'l1\\nl2\\nl3\\n'"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print(repr(line))
print(p.wait())

p = subprocess.Popen("echo first; echo second", shell=True, stdout=subprocess.PIPE, text=True)
print(repr(p.stdout.readline()))
print(repr(p.stdout.read()))
p.wait()

with subprocess.Popen(["printf", "ctx"], stdout=subprocess.PIPE) as p:
    data = p.stdout.read()
print(data, p.returncode)

p = subprocess.Popen(["sh", "-c", "exit 9"])
print(p.wait())
print(p.poll())
print(p)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.poll())
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("wait:", e)
p.stdin.write(b"written ")
p.stdin.write(b"then closed")
p.stdin.close()
print(p.stdout.read())
print(p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("text in\n"))

p = subprocess.Popen(["echo", "no pipes"], stdout=subprocess.DEVNULL)
print(p.communicate(), p.returncode)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.kill()
print(p.wait())
print(isinstance(p.pid, int))

try:
    subprocess.Popen(["nonexistent-cmd", "arg"])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.check_output(["nonexistent-cmd"])
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
sys.stdout.flush()
with subprocess.Popen(["echo", "to parent"]) as p:
    pass
print(p.returncode)
