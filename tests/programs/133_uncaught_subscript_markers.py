# Ends with an uncaught exception: error in a nested subscript (traceback shows ~~~ and ^^^ markers).
grid = [[1, 2], [3, 4]]
row = 1
col = 5
print(grid[0][1])
print(grid[row][col])
