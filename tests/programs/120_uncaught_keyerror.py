# Ends with an uncaught exception: KeyError from a dict lookup.
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config.get("user", "nobody"))
defaults = {"user": "admin", "timeout": 30}
merged = dict(defaults)
merged.update(config)
print(sorted(merged))
del merged["user"]
print("user" in merged, "user" in config)
user = config["user"]
print(user)
