# Indexing non-ASCII text: in order, backwards, at random and interleaved between two strings
# (pyglass walks on from the last index in a str; every answer must be the character there).
import random

text = "".join(chr(0x61 + i % 26) if i % 4 else "éñü€😀"[i % 5] for i in range(3000))
other = "ñandú-" * 50

forward = "".join(text[i] for i in range(len(text)))
print(forward == text, len(forward))
backward = "".join(text[i] for i in range(len(text) - 1, -1, -1))
print(backward == text[::-1])

rng = random.Random(7)
picks = [rng.randrange(len(text)) for _ in range(2000)]
print(sum(ord(text[i]) for i in picks))
print("".join(text[i] + other[i % len(other)] for i in range(0, 600, 7))[:80])
print(text[-1], text[-3000], text[2999], repr(text[1234]))
for bad in (3000, -3001):
    try:
        text[bad]
    except IndexError as e:
        print(type(e).__name__, e)

# A str freed and another made at once: no stale position is used.
for n in range(5):
    s = "ü" * (n + 3) + "x"
    print(s[n + 3], s[n + 2], s[-1])
