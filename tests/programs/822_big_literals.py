# Big displays and many names compile (in linear time) and keep every value.
n = 100_000
source = "d = {" + ",".join(f"{i}: {i * 0.5}" for i in range(n)) + "}\n"
source += "l = [" + ",".join(f"'s{i}'" for i in range(n)) + "]\n"
source += "".join(f"v{i} = {i}\n" for i in range(20_000))
namespace = {}
exec(compile(source, "<big>", "exec"), namespace)
print(len(namespace["d"]), namespace["d"][n - 1], len(namespace["l"]), namespace["l"][-1])
print(namespace["v19999"], sum(namespace[f"v{i}"] for i in range(20_000)))
# Equal constants of different types stay apart.
x = (1, 1.0, True, 0.0, -0.0, "1", b"1", (1,), (1.0,), (True,))
print([type(v).__name__ for v in x], x)
