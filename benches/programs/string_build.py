def build(n):
    parts = []
    for i in range(n):
        parts.append(str(i * 7) + "-" + f"{i:04d}")
    text = ",".join(parts)
    return len(text), text.count("-"), text[:20]


print(build(150000))
