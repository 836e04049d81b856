# The debugger benchmark's recursive program: breakpoints go on the marked lines, which
# never run (`benches/debugger.rs`).
def fib(n):
    if n < 0:
        raise ValueError("negative")  # bp:hot
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def report(value):
    print("fib is", value)  # bp:cold


print(fib(30))
