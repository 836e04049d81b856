words = "a b c".split()
words.append("d")
import sys
sys.stdout.write(", ".join(words) + "\n")
print(len(words), words.count("a"), key=None) if False else None
