# Backtracking sudoku solver with constraint propagation over candidate sets, plus a puzzle validator.
# Exercises sets, dict comprehensions, recursion, exceptions for control flow and string parsing.
PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
    "....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...",
]

DIGITS = "123456789"
CELLS = [(r, c) for r in range(9) for c in range(9)]
UNITS = {}
PEERS = {}
for _r, _c in CELLS:
    row = [(_r, k) for k in range(9)]
    col = [(k, _c) for k in range(9)]
    br, bc = 3 * (_r // 3), 3 * (_c // 3)
    box = [(br + i, bc + j) for i in range(3) for j in range(3)]
    UNITS[(_r, _c)] = [row, col, box]
    PEERS[(_r, _c)] = set(row + col + box) - {(_r, _c)}


class Contradiction(Exception):
    pass


class Solver:
    def __init__(self, text):
        self.givens = {cell: ch for cell, ch in zip(CELLS, text) if ch in DIGITS}
        self.guesses = 0

    def initial(self):
        values = {cell: set(DIGITS) for cell in CELLS}
        for cell, d in self.givens.items():
            self.assign(values, cell, d)
        return values

    def assign(self, values, cell, d):
        for other in list(values[cell] - {d}):
            self.eliminate(values, cell, other)

    def eliminate(self, values, cell, d):
        if d not in values[cell]:
            return
        values[cell].discard(d)
        remaining = values[cell]
        if remaining is None:
            raise TypeError(cell)  # pgo: never reached
        if not remaining:
            raise Contradiction(cell)
        if len(remaining) == 1:
            (only,) = remaining
            for peer in PEERS[cell]:
                self.eliminate(values, peer, only)
        for unit in UNITS[cell]:
            places = [c for c in unit if d in values[c]]
            if not places:
                raise Contradiction(cell)
            if len(places) == 1 and len(values[places[0]]) > 1:
                self.assign(values, places[0], d)

    def search(self, values):
        if all(len(v) == 1 for v in values.values()):
            return values
        cell = min((c for c in CELLS if len(values[c]) > 1), key=lambda c: len(values[c]))
        for d in sorted(values[cell]):
            self.guesses += 1
            trial = {c: set(v) for c, v in values.items()}
            try:
                self.assign(trial, cell, d)
                result = self.search(trial)
            except Contradiction:
                continue
            if result is not None:
                return result
        return None

    def solve(self):
        return self.search(self.initial())


def to_string(values):
    return "".join(next(iter(values[c])) for c in CELLS)


def valid(grid):
    rows = [grid[9 * r:9 * r + 9] for r in range(9)]
    cols = ["".join(rows[r][c] for r in range(9)) for c in range(9)]
    boxes = ["".join(rows[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3))
             for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(set(u) == set(DIGITS) for u in rows + cols + boxes)


def main():
    total_guesses = 0
    for i, p in enumerate(PUZZLES):
        solver = Solver(p)
        sol = to_string(solver.solve())
        total_guesses += solver.guesses
        ok = valid(sol) and all(a == b for a, b in zip(p, sol) if a != ".")
        print(f"puzzle {i}: {sol[:27]} valid={ok} guesses={solver.guesses}")
    print("total guesses:", total_guesses)


if __name__ == "__main__":
    main()
