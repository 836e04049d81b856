def work(n):
    total = 0
    for i in range(n):
        for j in range(50):
            total += (i * j) % 7 - (i ^ j) // 3
    return total


print(work(20000))
