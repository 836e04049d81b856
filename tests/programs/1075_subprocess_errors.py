# subprocess's errors for bad arguments: empty and non-str argument lists, NUL bytes, a directory
# as the program, bad env values and timeouts; kill after the child ended.
import subprocess
for args in [[], [1], "echo hi", ["echo", "a\0b"], ["/"]]:
    try:
        print(subprocess.run(args, capture_output=True))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(subprocess.run(["echo"], env={"A": 1}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(subprocess.run(["true"], timeout=-1, capture_output=True))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(subprocess.run(["true"], timeout="x", capture_output=True))
except Exception as e:
    print(type(e).__name__, e)
p = subprocess.Popen(["true"])
p.wait()
p.kill()
print(p.returncode, p.poll())
