"""Recursion: watch the Frames pane grow and fold (fib ×N), and the value stack of each call."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)


print("fib(12) =", fib(12))
print("factorial(20) =", factorial(20))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), "moves:", moves[:5], "...")
