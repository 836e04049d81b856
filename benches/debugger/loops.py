# The debugger benchmark's loop program: breakpoints go on the marked lines, which never
# run (`benches/debugger.rs`).
def checksum(rows):
    total = 0
    for row in rows:
        for x in row:
            if x < 0:
                total = -1  # bp:hot
            total = (total * 31 + x) % 1000003
    return total


def unused(rows):
    return len(rows)  # bp:cold


rows = [list(range(i, i + 300)) for i in range(300)]
print(sum(checksum(rows) for _ in range(40)))
