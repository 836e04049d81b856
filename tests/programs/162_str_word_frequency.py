# Text processing: word frequency sorted by count then word.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = []
for raw in text.lower().split():
    w = raw.strip(",.;")
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:6]:
    print(f"{word:<12}{count:>3} {'#' * count}")
print(len(words), len(freq))
longest = max(freq, key=len)
print(longest, len(longest))
lines = text.splitlines()
print([len(line.split()) for line in lines])
print(text.count("it was"), text.lower().count("it was"))
acronym = "".join([w[0].upper() for w in "portable network graphics".split()])
print(acronym)
print(" ".join(reversed("one two three".split())))
print("-".join(sorted(set("mississippi"))))
