def copy(source, target):
    with open(source) as f, open(target, "w") as g:
        g.write(f.read())
    return True
