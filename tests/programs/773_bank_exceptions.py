# A bank: custom exception hierarchy, raise ... from, context managers (class and generator based).
from contextlib import contextmanager


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed} more")
        self.account = account
        self.needed = needed


class FrozenAccount(BankError):
    pass


class TransferFailed(BankError):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance, self.frozen = owner, balance, False
        self.log = []

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.log.append(-amount)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, not {amount}")
        self.balance += amount
        self.log.append(amount)

    def __repr__(self):
        return f"<{self.owner}: {self.balance}>"


class Transaction:
    """Snapshots balances on entry and restores them if the block fails."""

    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a, a.balance, len(a.log)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for a, bal, n in self.saved:
                a.balance = bal
                del a.log[n:]
            print(f"  rolled back after {exc_type.__name__}")
        return False


@contextmanager
def audit(label):
    print(f"  [begin {label}]")
    try:
        yield label.upper()
    except BankError as e:
        print(f"  [failed {label}: {e!r}]")
        raise
    else:
        print(f"  [ok {label}]")
    finally:
        print(f"  [end {label}]")


def transfer(src, dst, amount):
    try:
        with Transaction(src, dst):
            dst.deposit(amount)
            src.withdraw(amount)
    except (BankError, ValueError) as e:
        raise TransferFailed(f"{src.owner} -> {dst.owner} ({amount})") from e


alice, bob = Account("alice", 100), Account("bob", 20)
for src, dst, amt in [(alice, bob, 30), (bob, alice, 500), (alice, bob, -5), (alice, bob, 70)]:
    try:
        with audit(f"{src.owner}->{dst.owner}") as tag:
            print("  tag", tag)
            transfer(src, dst, amt)
    except TransferFailed as e:
        cause = e.__cause__
        print(f"  {e} caused by {type(cause).__name__}: {cause}")
        if isinstance(cause, InsufficientFunds):
            print("  short by", cause.needed, "on", cause.account)
    print(" ", alice, bob, alice.log, bob.log)

bob.frozen = True
try:
    transfer(bob, alice, 1)
except TransferFailed as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        alice.withdraw(10_000)
    except InsufficientFunds:
        raise RuntimeError("during audit")
except RuntimeError as e:
    print("context:", type(e.__context__).__name__, e.__cause__)

print(issubclass(InsufficientFunds, BankError), InsufficientFunds.__mro__[1:3])
