# String processing: word statistics with Counter, hand-written line wrapping, format specs.
from collections import Counter
import re

TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy, did not
react; the fox -- quick as ever -- jumped again! Foxes and dogs: an old story,
told and retold. "Quick," said the dog. "Lazy," said the fox. The end."""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts), counts.most_common(5))
print(counts["the"], counts["cat"], sum(counts.values()))
top = counts.most_common(3)
for word, n in top:
    print(f"{word!r:<8} {n:>3} {'#' * n:<8}| {n / len(words):6.2%}")

letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
print(letters.most_common()[-3:], (letters - Counter("thequickbrownfox")).total())
a, b = Counter("mississippi"), Counter("missouri")
print(a + b, a - b, a & b, a | b, sep="\n")


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


for width in (30, 18):
    print(f"--- width {width} ---")
    for i, ln in enumerate(wrap(TEXT, width), 1):
        print(f"{i:02d}|{ln:<{width}}|{len(ln):>3}")
    print(f"{'centred':^{width}}|")
print(wrap("supercalifragilisticexpialidocious is long", 10))

sentences = [s.strip() for s in re.findall(r"[^.!?]+[.!?]\"?", TEXT.replace("\n", " "))]
for s in sentences:
    print(f"{len(s.split()):>2} words: {s[:40]}{'...' if len(s) > 40 else ''}")
title = " ".join(w.capitalize() for w in "the old man and the sea".split())
print(title, title.swapcase(), "the old man".title(), "x".center(7, "*"), "42".zfill(6), "-42".zfill(6))
print("{0}-{1}-{0}".format("a", "b"), "{name:>6}|{val:^7.3f}|".format(name="pi", val=3.14159))
print("{:,}".format(1234567), "{:_x}".format(0xDEADBEEF), "{:+.2e}".format(-0.000123), "{:o}".format(64))
print("%-6s|%5.1f|%03d|%x|%r" % ("ab", 2.345, 7, 255, "q"))
