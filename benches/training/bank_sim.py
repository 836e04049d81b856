# Seeded bank simulation: accounts with dataclasses and enums, transfers, overdraft errors and audit ledger.
# Exercises dataclasses (order, field defaults), Enum, custom exceptions in loops, context managers, kwargs.
import random
from collections import defaultdict
from dataclasses import dataclass, field
from enum import Enum, auto


class Kind(Enum):
    DEPOSIT = auto()
    WITHDRAW = auto()
    TRANSFER = auto()
    INTEREST = auto()


class Tier(Enum):
    BASIC = "basic"
    SILVER = "silver"
    GOLD = "gold"

    @property
    def overdraft(self):
        return {"basic": 0, "silver": 500, "gold": 2000}[self.value]


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
        self.amount = amount


class FrozenAccount(Exception):
    pass


@dataclass
class Account:
    number: int
    owner: str
    tier: Tier = Tier.BASIC
    balance: int = 0
    frozen: bool = False
    history: list = field(default_factory=list)

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.number)
        if self.balance - amount < -self.tier.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(self.number)
        self.balance += amount
        self.history.append(amount)


@dataclass(order=True, frozen=True)
class Entry:
    day: int
    seq: int
    kind: Kind = field(compare=False)
    amount: int = field(compare=False)


class Transaction:
    """Context manager that rolls balances back if the body raises."""

    def __init__(self, bank, *accounts):
        self.bank = bank
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a, a.balance, len(a.history)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for acct, bal, n in self.saved:
                acct.balance = bal
                del acct.history[n:]
            self.bank.rollbacks += 1
            self.bank.failures[exc_type.__name__] += 1
            return True
        return False


class Bank:
    def __init__(self, name, **options):
        self.name = name
        self.rate = options.get("rate", 0.001)
        self.accounts = {}
        self.ledger = []
        self.rollbacks = 0
        self.failures = defaultdict(int)
        self._seq = 0

    def open(self, owner, tier=Tier.BASIC, initial=0):
        acct = Account(len(self.accounts) + 1, owner, tier, initial)
        self.accounts[acct.number] = acct
        return acct

    def record(self, day, kind, amount):
        self._seq += 1
        self.ledger.append(Entry(day, self._seq, kind, amount))

    def transfer(self, day, src, dst, amount):
        with Transaction(self, src, dst):
            src.withdraw(amount)
            dst.deposit(amount)
            self.record(day, Kind.TRANSFER, amount)

    def pay_interest(self, day):
        for acct in self.accounts.values():
            if acct.balance > 0 and not acct.frozen:
                interest = int(acct.balance * self.rate)
                if interest:
                    acct.deposit(interest)
                    self.record(day, Kind.INTEREST, interest)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def simulate(seed, days=360, n_accounts=60):
    rng = random.Random(seed)
    bank = Bank("Pyglass Savings", rate=0.0005)
    names = ["ana", "ben", "cy", "dee", "eli", "fay", "gus", "hal", "ivy", "jo"]
    tiers = list(Tier)
    accts = [bank.open(f"{rng.choice(names)}{i}", rng.choice(tiers), rng.randint(0, 5000))
             for i in range(n_accounts)]
    for day in range(days):
        for _ in range(100):
            r = rng.random()
            a = rng.choice(accts)
            if r < 0.3:
                amt = rng.randint(1, 800)
                try:
                    a.deposit(amt)
                    bank.record(day, Kind.DEPOSIT, amt)
                except FrozenAccount:
                    bank.failures["FrozenAccount"] += 1
            elif r < 0.6:
                amt = rng.randint(1, 1500)
                try:
                    a.withdraw(amt)
                    bank.record(day, Kind.WITHDRAW, amt)
                except (InsufficientFunds, FrozenAccount) as e:
                    bank.failures[type(e).__name__] += 1
            elif r < 0.995:
                b = rng.choice(accts)
                if b is not a:
                    bank.transfer(day, a, b, rng.randint(1, 2000))
            else:
                a.frozen = not a.frozen
        if day % 30 == 29:
            bank.pay_interest(day)
    return bank


def main():
    bank = simulate(1234)
    by_kind = defaultdict(int)
    for e in bank.ledger:
        by_kind[e.kind.name] += e.amount
    richest = sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.number))[:3]
    by_tier = {t.value: sum(a.balance for a in bank.accounts.values() if a.tier is t) for t in Tier}
    last = max(bank.ledger)
    print("entries:", len(bank.ledger), "rollbacks:", bank.rollbacks, "total:", bank.total())
    print("failures:", dict(sorted(bank.failures.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("richest:", [(a.owner, a.tier.name, a.balance) for a in richest])
    print("by tier:", by_tier, "last:", last.day, last.seq, last.kind)
    print("account repr:", repr(Account(0, "zed", Tier.GOLD, 10)))


if __name__ == "__main__":
    main()
