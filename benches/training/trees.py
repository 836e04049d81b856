# Binary search tree (with __slots__ nodes) and a prefix trie: bulk insert, lookup, ordered walk and range queries.
# Exercises classes, recursion, __iter__/__len__/__contains__/__getitem__, generators and sorting.
import random


class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self._size = 0

    def __len__(self):
        return self._size

    def insert(self, key, value):
        if self.root is None:
            self.root = Node(key, value)
            self._size += 1
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Node(key, value)
                    self._size += 1
                    return
                node = node.left
            elif key > node.key:
                if node.right is None:
                    node.right = Node(key, value)
                    self._size += 1
                    return
                node = node.right
            else:
                node.value = value
                return

    def __getitem__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __iter__(self):
        yield from self._walk(self.root)

    def _walk(self, node):
        if node is not None:
            yield from self._walk(node.left)
            yield node.key
            yield from self._walk(node.right)

    def height(self, node=None, _top=True):
        if _top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def range_count(self, lo, hi):
        count = 0
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if lo <= node.key <= hi:
                count += 1
            if node.key > lo:
                stack.append(node.left)
            if node.key < hi:
                stack.append(node.right)
        return count


class TrieNode:
    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.add(w)

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.terminal = True

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.terminal

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def with_prefix(self, prefix):
        node = self._find(prefix)
        if node is None:
            return
        stack = [(node, prefix)]
        while stack:
            node, acc = stack.pop()
            if node.terminal:
                yield acc
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], acc + ch))

    def prefix_count(self, prefix):
        node = self._find(prefix)
        return 0 if node is None else node.count


def random_word(rng):
    n = rng.randint(3, 9)
    return "".join(rng.choice("etaoinshrdlcum") for _ in range(n))


def main():
    rng = random.Random(99)
    tree = BST()
    keys = [rng.randint(0, 10 ** 6) for _ in range(16000)]
    for k in keys:
        tree.insert(k, k * 2)
    ordered = list(tree)
    hits = sum(1 for k in range(0, 10 ** 6, 97) if k in tree)
    print("bst size:", len(tree), "height:", tree.height(), "sorted:", ordered == sorted(set(keys)))
    print("bst hits:", hits, "value:", tree[keys[123]], "range:", tree.range_count(250000, 500000))
    words = [random_word(rng) for _ in range(12000)]
    trie = Trie(words)
    found = sum(1 for w in words[::3] if w in trie)
    missing = sum(1 for _ in range(3000) if random_word(rng) + "z" in trie)
    pref = list(trie.with_prefix("eta"))
    print("trie found:", found, "missing:", missing, "prefix 'e':", trie.prefix_count("e"))
    print("with 'eta':", len(pref), pref[:5])


if __name__ == "__main__":
    main()
