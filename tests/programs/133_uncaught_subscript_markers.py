# Ends with an uncaught exception: error in a nested subscript (traceback shows ~~~ and ^^^ markers).
grid = [[1, 2], [3, 4]]
row = 1
col = 5
print(grid[0][1])
print(grid[row][0], grid[-1][-1])
for r in grid:
    print(" ".join([str(v) for v in r]))
grid[row].append(5)
print(grid)
print(grid[row][col])
