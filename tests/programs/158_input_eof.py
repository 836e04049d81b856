# input() until end of file (158_input_eof.stdin), catching EOFError.
lines = []
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError", repr(e))
        break
    lines.append(line)
print(len(lines))
for i, line in enumerate(lines):
    print(i, line.upper(), len(line))
words = " ".join(lines).split()
print(sorted(set(words)))
