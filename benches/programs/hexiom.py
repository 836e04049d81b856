# Hexiom: a hexagonal tile-placement puzzle, written from the description of
# the game. A hexagon of cells is given with a bag of numbered tiles; place the
# tiles (some cells stay empty) so that every tile's number equals the number
# of occupied cells around it. Puzzles are made from a deterministic random
# layout, a few tiles are locked in place as hints, and a backtracking solver
# with propagation counts all solutions of each.

from collections import Counter

EMPTY = -1
DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 10) % n


class Hex:
    def __init__(self, size):
        self.size = size
        self.cells = []
        index = {}
        r = size - 1
        for q in range(-r, r + 1):
            for s in range(-r, r + 1):
                if abs(q + s) <= r:
                    index[(q, s)] = len(self.cells)
                    self.cells.append((q, s))
        self.neighbours = []
        for q, s in self.cells:
            self.neighbours.append(
                [index[(q + dq, s + ds)] for dq, ds in DIRECTIONS if (q + dq, s + ds) in index])
        self.count = len(self.cells)


class Puzzle:
    def __init__(self, hexagon, tiles, locked):
        self.hex = hexagon
        self.tiles = Counter(tiles)
        self.locked = dict(locked)

    @classmethod
    def generate(cls, hexagon, rng, occupied, hints):
        cells = list(range(hexagon.count))
        full = set()
        while len(full) < occupied:
            full.add(cells[rng.below(len(cells))])
        values = []
        for c in cells:
            if c in full:
                values.append(sum(1 for n in hexagon.neighbours[c] if n in full))
            else:
                values.append(EMPTY)
        locked = {}
        while len(locked) < hints:
            c = rng.below(hexagon.count)
            locked[c] = values[c]
        tiles = [v for c, v in enumerate(values) if c not in locked]
        return cls(hexagon, tiles, locked), values


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.hex = puzzle.hex
        self.board = [None] * self.hex.count
        self.remaining = Counter(puzzle.tiles)
        self.order = self._order()
        self.solutions = []
        self.nodes = 0

    def _order(self):
        # fill cells next to already decided ones first
        decided = set(self.puzzle.locked)
        order = []
        todo = [c for c in range(self.hex.count) if c not in decided]
        while todo:
            best = max(todo, key=lambda c: (sum(1 for n in self.hex.neighbours[c] if n in decided), -c))
            todo.remove(best)
            decided.add(best)
            order.append(best)
        return order

    def consistent(self, cell):
        for c in [cell] + self.hex.neighbours[cell]:
            v = self.board[c]
            if v is None or v == EMPTY:
                continue
            full = 0
            unknown = 0
            for n in self.hex.neighbours[c]:
                w = self.board[n]
                if w is None:
                    unknown += 1
                elif w != EMPTY:
                    full += 1
            if full > v or full + unknown < v:
                return False
        return True

    def solve(self):
        for c, v in self.puzzle.locked.items():
            self.board[c] = v
        for c in self.puzzle.locked:
            if not self.consistent(c):
                return self.solutions
        self._search(0)
        return self.solutions

    def _search(self, depth):
        self.nodes += 1
        if depth == len(self.order):
            self.solutions.append(tuple(self.board))
            return
        cell = self.order[depth]
        for value in sorted(self.remaining):
            if self.remaining[value] == 0:
                continue
            self.remaining[value] -= 1
            self.board[cell] = value
            if self.consistent(cell):
                self._search(depth + 1)
            self.board[cell] = None
            self.remaining[value] += 1


def render(hexagon, values):
    symbols = {EMPTY: "."}
    return "".join(symbols.get(v, str(v)) for v in values)


def main():
    rng = Lcg(2024)
    total_nodes = 0
    for size, occupied, hints in ((3, 12, 4), (3, 14, 3), (3, 10, 3), (4, 24, 10)):
        hexagon = Hex(size)
        puzzle, values = Puzzle.generate(hexagon, rng, occupied, hints)
        solver = Solver(puzzle)
        solutions = solver.solve()
        assert tuple(values) in solutions
        total_nodes += solver.nodes
        print(size, render(hexagon, values), len(solutions), solver.nodes)
    print(total_nodes)


main()
