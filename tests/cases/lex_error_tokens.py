x = $
y = 1 ? 2
z = "unterminated
w = 1
