ok = 1
result = (ok +
