# Ends with an uncaught exception: error raised inside a lambda called via sorted().
rows = [{"name": "b", "age": 3}, {"name": "a"}, {"name": "c", "age": 1}]
print(sorted(rows, key=lambda r: r["name"])[0])
print(sorted(rows, key=lambda r: r.get("age", 0)))
by_name = {}
for r in rows:
    by_name[r["name"]] = r
print(sorted(by_name))
print(sorted(rows, key=lambda r: r["age"]))
print("not reached")
