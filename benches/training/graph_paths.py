# Shortest paths on a random weighted graph (Dijkstra with heapq) and BFS/DFS over a generated maze.
# Exercises dict-of-dict adjacency, sets, deque, heapq, tuples and while loops.
import heapq
import random
from collections import deque

INF = float("inf")


def random_graph(rng, n, degree):
    adj = {i: {} for i in range(n)}
    for u in range(n):
        for _ in range(degree):
            v = rng.randrange(n)
            if v != u:
                w = rng.randint(1, 50)
                adj[u][v] = min(w, adj[u].get(v, w))
                adj[v][u] = adj[u][v]
    return adj


def dijkstra(adj, src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in adj[u].items():
            nd = d + w
            if nd < dist.get(v, INF):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def path_to(prev, src, dst):
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    path.reverse()
    return path


def make_maze(rng, w, h):
    # recursive-backtracker maze carved with an explicit stack
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = "."
    while stack:
        x, y = stack[-1]
        nbrs = [(x + dx, y + dy, dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not nbrs:
            stack.pop()
            continue
        nx, ny, dx, dy = rng.choice(nbrs)
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = "."
        grid[2 * ny + 1][2 * nx + 1] = "."
        seen.add((nx, ny))
        stack.append((nx, ny))
    # knock out some extra walls to create cycles
    for _ in range(w * h // 8):
        r = rng.randrange(1, 2 * h)
        c = rng.randrange(1, 2 * w)
        grid[r][c] = "."
    return ["".join(row) for row in grid]


def bfs(maze, start, goal):
    q = deque([start])
    dist = {start: 0}
    while q:
        r, c = q.popleft()
        if (r, c) == goal:
            return dist[(r, c)], len(dist)
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if maze[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1, len(dist)


def dfs_components(maze):
    seen = set()
    comps = []
    for r, row in enumerate(maze):
        for c, ch in enumerate(row):
            if ch != "." or (r, c) in seen:
                continue
            size = 0
            stack = [(r, c)]
            seen.add((r, c))
            while stack:
                cr, cc = stack.pop()
                size += 1
                for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                    if maze[nr][nc] == "." and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            comps.append(size)
    return comps


def main():
    rng = random.Random(7)
    adj = random_graph(rng, 2500, 4)
    total = 0
    far = []
    for src in (0, 17, 256, 999, 1234, 77, 500, 1400):
        dist, prev = dijkstra(adj, src)
        total += sum(dist.values())
        target = max(dist, key=lambda k: (dist[k], -k))
        far.append((src, target, dist[target], len(path_to(prev, src, target))))
    print("dijkstra total:", total)
    for src, tgt, d, plen in far:
        print(f"  {src} -> {tgt}: dist={d} hops={plen - 1}")
    maze = make_maze(rng, 120, 80)
    h, w = len(maze), len(maze[0])
    steps, explored = bfs(maze, (1, 1), (h - 2, w - 2))
    comps = dfs_components(maze)
    print("maze:", w, "x", h, "open:", sum(row.count(".") for row in maze))
    print("bfs steps:", steps, "explored:", explored, "components:", len(comps), max(comps))


if __name__ == "__main__":
    main()
