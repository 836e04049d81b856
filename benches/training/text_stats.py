# Word and n-gram statistics over a synthetic text corpus generated from a seeded random grammar.
# Exercises str methods, re, Counter/defaultdict, comprehensions and key-function sorting.
import random
import re
from collections import Counter, defaultdict

SUBJECTS = ["the cat", "a dog", "my neighbour", "the old man", "Alice", "Bob", "the committee",
            "every student", "a small bird", "the river"]
VERBS = ["sees", "likes", "ignores", "follows", "paints", "remembers", "describes", "visits"]
OBJECTS = ["the garden", "a red house", "the quiet lake", "an empty street", "the market",
           "a long letter", "the mountain", "her brother", "the evening news"]
ADVERBS = ["slowly", "often", "never", "quickly", "happily", "rarely", ""]
PUNCT = [".", ".", ".", "!", "?"]

WORD_RE = re.compile(r"[A-Za-z']+")
SENT_RE = re.compile(r"[^.!?]+[.!?]")


def make_sentence(rng):
    parts = [rng.choice(SUBJECTS), rng.choice(ADVERBS), rng.choice(VERBS), rng.choice(OBJECTS)]
    if rng.random() < 0.3:
        parts += ["and", rng.choice(VERBS), rng.choice(OBJECTS)]
    text = " ".join(p for p in parts if p)
    return text[0].upper() + text[1:] + rng.choice(PUNCT)


def make_corpus(rng, n_paragraphs):
    paragraphs = []
    for _ in range(n_paragraphs):
        sents = [make_sentence(rng) for _ in range(rng.randint(3, 8))]
        paragraphs.append(" ".join(sents))
    return "\n\n".join(paragraphs)


def word_counts(text):
    return Counter(w.lower() for w in WORD_RE.findall(text))


def bigrams(words):
    return Counter(zip(words, words[1:]))


def sentence_lengths(text):
    lengths = defaultdict(int)
    for m in SENT_RE.finditer(text):
        n = len(m.group(0).split())
        lengths[n] += 1
    return dict(lengths)


def capitalised_ratio(text):
    words = text.split()
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words)


def char_classes(text):
    counts = {"alpha": 0, "space": 0, "punct": 0, "other": 0}
    for ch in text:
        if ch.isalpha():
            counts["alpha"] += 1
        elif ch.isspace():
            counts["space"] += 1
        elif ch in ".!?,;:":
            counts["punct"] += 1
        else:
            counts["other"] += 1
    return counts


def main():
    rng = random.Random(42)
    text = make_corpus(rng, 2000)
    wc = word_counts(text)
    words = [w.lower() for w in WORD_RE.findall(text)]
    bg = bigrams(words)
    top = sorted(wc.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_bg = sorted(bg.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    lengths = sentence_lengths(text)
    by_initial = defaultdict(set)
    for w in wc:
        by_initial[w[0]].add(w)
    initials = {k: len(v) for k, v in sorted(by_initial.items())}
    replaced = re.sub(r"\b(the|a|an)\b", lambda m: m.group(1).upper(), text)
    longest = max(wc, key=lambda w: (len(w), w))
    print("words:", len(words), "distinct:", len(wc))
    print("top:", ", ".join(f"{w}={c}" for w, c in top))
    print("bigrams:", ", ".join(f"{a} {b}={c}" for (a, b), c in top_bg))
    print("sentence lengths:", sorted(lengths.items())[:6])
    print("initials:", initials)
    print("caps ratio: %.4f" % capitalised_ratio(text), "upper THE:", replaced.count("THE"),
          "longest:", longest)
    print("classes:", char_classes(text))


if __name__ == "__main__":
    main()
