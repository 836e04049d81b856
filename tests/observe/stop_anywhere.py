# A program with handlers of every kind, for observers that stop it at each instruction in turn.
total = 0
for i in range(3):
    try:
        try:
            total += 10 // (i - 1)
        except ZeroDivisionError as e:
            total += 1
            raise RuntimeError("again") from e
        finally:
            total += 2
    except RuntimeError:
        total += 3
    with open(__file__) as f:
        total += len(f.readline()) > 0
print(total)
