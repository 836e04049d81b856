n = 0
while True:
    n += 1
    if n % 200000 == 0:
        print("still going", n // 200000)
