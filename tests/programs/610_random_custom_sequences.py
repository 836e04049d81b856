# choice and shuffle reach items through __len__/__getitem__/__setitem__ of Python classes.
import random


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __setitem__(self, i, value):
        self.cards[i] = value


for seed in [0, 42, 2**40 + 7, -5]:
    r = random.Random(seed)
    deck = Deck("A23456789TJQK")
    print(seed, r.choice(deck), r.choice(deck))
    r.shuffle(deck)
    print("".join(deck.cards))
    print(r.choices(deck, k=4), r.choices(deck, weights=range(13), k=3))

try:
    random.choice(Deck([]))
except IndexError as e:
    print("IndexError", e)
try:
    random.sample(Deck("abc"), 1)
except TypeError as e:
    print("TypeError", e)
t = (1, 2, 3)
try:
    random.shuffle(t)
except TypeError as e:
    print("TypeError", e)
