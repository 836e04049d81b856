# Comprehensions: list, dict, set and generator comprehensions, nested and
# filtered, over a small tree of objects, written from the benchmark
# description (a widget tree walked and summarized with comprehensions).
# Prints checksums of what the comprehensions build.


class Widget:
    def __init__(self, ident, kind, size, children):
        self.ident = ident
        self.kind = kind
        self.size = size
        self.children = children
        self.visible = ident % 3 != 0


KINDS = ["button", "label", "panel", "slider", "canvas"]


def build(ident, depth):
    if depth == 0:
        return Widget(ident, KINDS[ident % 5], ident % 17 + 1, [])
    children = [build(ident * 4 + k + 1, depth - 1) for k in range(4)]
    return Widget(ident, KINDS[ident % 5], sum(c.size for c in children), children)


def flatten(root):
    return [root] + [w for child in root.children for w in flatten(child)]


def summarize(widgets):
    visible = [w for w in widgets if w.visible]
    by_kind = {kind: [w.ident for w in visible if w.kind == kind] for kind in KINDS}
    sizes = {w.ident: w.size for w in widgets if w.size > 5}
    kinds_seen = {w.kind for w in visible}
    big = sorted({w.size % 101 for w in widgets if w.size > 20})
    grid = [[x * y for x in range(8)] for y in range(8)]
    total = sum(w.size for w in visible)
    counts = {k: len(v) for k, v in by_kind.items()}
    return (
        len(visible),
        sum(counts.values()),
        len(sizes),
        len(kinds_seen),
        len(big),
        sum(sum(row) for row in grid),
        total,
    )


def main():
    root = build(0, 5)
    widgets = flatten(root)
    result = None
    checksum = 0
    for _ in range(200):
        result = summarize(widgets)
        checksum += sum(result)
    print(len(widgets), result, checksum)
    names = [f"{w.kind}-{w.ident}" for w in widgets[:5]]
    print(names)
    matrix = [[i + j for j in range(30)] for i in range(30)]
    transposed = [[row[i] for row in matrix] for i in range(30)]
    diagonal = [transposed[i][i] for i in range(30)]
    print(sum(diagonal), sum(map(sum, transposed)))


main()
