# Ends with an uncaught exception: chained exceptions
# ("During handling of the above exception, another exception occurred:").
def load(data, key):
    try:
        return data[key]
    except KeyError:
        return int(key)
print(load({"a": 1}, "a"))
print(load({}, "12"))
print(load({}, "zz"))
