# Go: a small 9x9 Go engine doing Monte Carlo playouts, written from the
# benchmark description. Squares and the board are classes; moves follow the
# rules of capture, suicide and simple ko; playouts pick random legal moves
# (never filling a player's own eye) with a deterministic linear congruential
# generator. A flat Monte Carlo search picks each of the first moves of a game;
# the chosen moves and playout scores are printed.

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5
PASS = -1


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.mark = 0
        self.neighbours = []

    def coords(self):
        return "ABCDEFGHJ"[self.pos % SIZE] + str(self.pos // SIZE + 1)


class Board:
    def __init__(self):
        self.squares = [Square(self, p) for p in range(SIZE * SIZE)]
        for sq in self.squares:
            x, y = sq.pos % SIZE, sq.pos // SIZE
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < SIZE and 0 <= ny < SIZE:
                    sq.neighbours.append(self.squares[ny * SIZE + nx])
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
        self.empties = list(range(SIZE * SIZE))
        self.where = list(range(SIZE * SIZE))
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0
        self.stamp = 0
        self.captures = [0, 0, 0]

    def copy_from(self, other):
        for mine, theirs in zip(self.squares, other.squares):
            mine.color = theirs.color
        self.empties = other.empties[:]
        self.where = other.where[:]
        self.to_move = other.to_move
        self.ko = other.ko
        self.passes = other.passes
        self.moves = other.moves
        self.captures = other.captures[:]

    def _remove_empty(self, pos):
        i = self.where[pos]
        last = self.empties.pop()
        if last != pos:
            self.empties[i] = last
            self.where[last] = i

    def _add_empty(self, pos):
        self.where[pos] = len(self.empties)
        self.empties.append(pos)

    def group(self, start):
        """The stones of start's group and its number of liberties."""
        self.stamp += 1
        stamp = self.stamp
        color = start.color
        stones = [start]
        start.mark = stamp
        liberties = 0
        i = 0
        while i < len(stones):
            for n in stones[i].neighbours:
                if n.mark != stamp:
                    n.mark = stamp
                    if n.color == color:
                        stones.append(n)
                    elif n.color == EMPTY:
                        liberties += 1
            i += 1
        return stones, liberties

    def legal(self, sq, color):
        if sq.color != EMPTY or sq is self.ko:
            return False
        other = 3 - color
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
        for n in sq.neighbours:
            libs = self.group(n)[1]
            if n.color == color and libs > 1:
                return True
            if n.color == other and libs == 1:
                return True
        return False

    def is_eye(self, sq, color):
        for n in sq.neighbours:
            if n.color != color:
                return False
        return True

    def play(self, pos):
        color = self.to_move
        self.moves += 1
        self.to_move = 3 - color
        if pos == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        sq = self.squares[pos]
        sq.color = color
        self._remove_empty(pos)
        captured = []
        for n in sq.neighbours:
            if n.color == 3 - color:
                stones, libs = self.group(n)
                if libs == 0:
                    for s in stones:
                        s.color = EMPTY
                        self._add_empty(s.pos)
                    captured.extend(stones)
        self.captures[color] += len(captured)
        self.ko = None
        if len(captured) == 1:
            stones, libs = self.group(sq)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]

    def random_move(self, rng):
        color = self.to_move
        n = len(self.empties)
        if n == 0:
            return PASS
        start = rng.below(n)
        for k in range(n):
            pos = self.empties[(start + k) % n]
            sq = self.squares[pos]
            if not self.is_eye(sq, color) and self.legal(sq, color):
                return pos
        return PASS

    def playout(self, rng, limit=200):
        while self.passes < 2 and self.moves < limit:
            self.play(self.random_move(rng))

    def score(self):
        """Area score, black minus white (with komi)."""
        total = -KOMI
        for sq in self.squares:
            c = sq.color
            if c == EMPTY:
                around = set(n.color for n in sq.neighbours)
                if around == {BLACK}:
                    c = BLACK
                elif around == {WHITE}:
                    c = WHITE
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
        return total

    def __str__(self):
        rows = []
        for y in range(SIZE - 1, -1, -1):
            rows.append("".join(".XO"[self.squares[y * SIZE + x].color] for x in range(SIZE)))
        return "\n".join(rows)


def best_move(board, rng, candidates, playouts):
    scratch = Board()
    color = board.to_move
    best, best_value = PASS, None
    for _ in range(candidates):
        pos = board.random_move(rng)
        if pos == PASS:
            continue
        wins = 0
        for _ in range(playouts):
            scratch.copy_from(board)
            scratch.play(pos)
            scratch.playout(rng)
            result = scratch.score()
            if (result > 0) == (color == BLACK):
                wins += 1
        if best_value is None or wins > best_value:
            best, best_value = pos, wins
    return best, best_value


def main():
    rng = Lcg(42)
    board = Board()
    chosen = []
    for _ in range(6):
        pos, wins = best_move(board, rng, 4, 4)
        board.play(pos)
        chosen.append("%s:%d" % (board.squares[pos].coords() if pos != PASS else "pass", wins))
    print(" ".join(chosen))
    board.playout(rng, 300)
    print(board)
    print(board.moves, board.captures[BLACK], board.captures[WHITE], board.score())


main()
