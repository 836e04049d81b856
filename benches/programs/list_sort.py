def run(n):
    data = [(i * 7919) % 10007 for i in range(n)]
    squares = [x * x for x in data if x % 3]
    squares.sort()
    pairs = sorted(data, key=lambda x: (x % 100, x))
    return squares[:3], pairs[:3], sum(squares) % 1000003


print(run(200000))
