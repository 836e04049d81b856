# Ends with an uncaught exception raised two levels down a chain of yield from.
def leaves(tree):
    for node in tree:
        yield from branch(node)


def branch(node):
    yield node["name"]
    yield from node.get("children", [])
    yield 100 // node["weight"]


tree = [{"name": "root", "weight": 5, "children": ["x"]}, {"name": "empty", "weight": 0}]
walker = leaves(tree)
print(next(walker))
print(list(walker))
