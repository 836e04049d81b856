print("raises_at_import: before the error")


def check(n):
    if n > 2:
        raise ValueError("module refuses to load: " + str(n))
    return n


check(3)
print("never printed")
