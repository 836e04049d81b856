# Graph algorithms: BFS, DFS (recursive and iterative), Dijkstra with heapq, Kahn topological sort.
import heapq
from collections import deque, defaultdict

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "F", 1)]

graph = defaultdict(list)
for u, v, w in EDGES:
    graph[u].append((v, w))
    graph[v].append((u, w))


def bfs(start):
    seen, order, q = {start}, [], deque([start])
    dist = {start: 0}
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                dist[nxt] = dist[node] + 1
                q.append(nxt)
    return order, dist


def dfs_rec(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs_rec(nxt, seen)
    return seen


def dfs_iter(start):
    stack, seen = [start], []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        stack.extend(n for n, _ in sorted(graph[node], reverse=True) if n not in seen)
    return seen


def dijkstra(src):
    dist, prev = {src: 0}, {}
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))


print(bfs("A"))
print(dfs_rec("A"), dfs_iter("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:>3} via {path(prev, node)}")

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [],
        "tests": ["app"]}


def toposort(deps):
    indeg = {n: 0 for n in deps}
    users = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    q = deque(sorted(n for n, k in indeg.items() if k == 0))
    out = []
    while q:
        n = q.popleft()
        out.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                q.append(u)
    if len(out) != len(deps):
        raise ValueError(f"cycle among {sorted(set(deps) - set(out))}")
    return out


print(toposort(deps))
deps["core"].append("tests")
try:
    toposort(deps)
except ValueError as e:
    print("error:", e)
print(heapq.nsmallest(3, EDGES, key=lambda e: e[2]), heapq.nlargest(2, [w for *_, w in EDGES]))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), sorted(h))
