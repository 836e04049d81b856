# Sorting records by several keys, relying on stability.
students = [
    ("alice", "B", 88), ("bob", "A", 95), ("carol", "B", 88), ("dave", "C", 70),
    ("erin", "A", 95), ("frank", "B", 92), ("grace", "C", 70), ("heidi", "A", 60),
]
by_score = sorted(students, key=lambda s: s[2], reverse=True)
print([s[0] for s in by_score])
by_group_then_score = sorted(sorted(students, key=lambda s: -s[2]), key=lambda s: s[1])
print([(s[1], s[0]) for s in by_group_then_score])
print(sorted(students, key=lambda s: (s[1], -s[2], s[0]))[:4])
groups = {}
for name, group, score in students:
    groups.setdefault(group, []).append(score)
for g in sorted(groups):
    scores = groups[g]
    print(g, scores, sum(scores) / len(scores), max(scores) - min(scores))
ranked = sorted(students, key=lambda s: s[2], reverse=True)
rank = 0
prev = None
for i, (name, _, score) in enumerate(ranked, 1):
    if score != prev:
        rank = i
        prev = score
    print(rank, name, score)
