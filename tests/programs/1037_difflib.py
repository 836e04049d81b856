# difflib: close matches, ndiff with its ? lines, unified and context diffs, SequenceMatcher
# opcodes and ratios (with junk, and the popular elements of a long sequence), on random data.
import difflib, random, pprint
rng = random.Random(5)
words = ["apple", "apply", "ape", "peach", "puppy", "banana", "band", "bandana", "orange", "range"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("bandan", words, n=2, cutoff=0.5))
a = "one two three four five six seven".split()
b = "one too three fore five sax seven eight".split()
print("\n".join(difflib.ndiff(a, b)))
print("".join(difflib.unified_diff([w + "\n" for w in a], [w + "\n" for w in b], "a", "b")))
print("".join(difflib.context_diff([w + "\n" for w in a], [w + "\n" for w in b], "a", "b")))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_opcodes(), s.get_matching_blocks())
print(difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;").get_opcodes())
for trial in range(300):
    n1, n2 = rng.randrange(0, 12), rng.randrange(0, 12)
    x = ["".join(rng.choice("abcde ") for _ in range(rng.randrange(1, 9))) for _ in range(n1)]
    y = [w if rng.random() < 0.5 else "".join(rng.choice("abcde ") for _ in range(rng.randrange(1, 9))) for w in x[:n2]] + ["zz"] * (n2 > n1)
    print(trial, list(difflib.ndiff(x, y)), list(difflib.unified_diff(x, y, n=1, lineterm="")))
big = [rng.choice("abcdefgh") for _ in range(500)]
big2 = big[:]; rng.shuffle(big2[100:200]); big2[300:310] = list("zzzzzzzzzz")
print(difflib.SequenceMatcher(None, big, big2).get_opcodes()[:20], difflib.SequenceMatcher(None, big, big2).ratio())
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
print("\n".join(difflib.ndiff(pprint.pformat(list(range(30))).splitlines(), pprint.pformat(list(range(1, 31))).splitlines())))
