"""A document workflow built on enums: states with transitions, roles as a StrEnum
with IntFlag permissions, IntEnum priorities for sorting and formatting, enum members as
dict keys, and a Flag compass."""

from enum import Enum, IntEnum, IntFlag, Flag, StrEnum, auto, unique


@unique
class State(Enum):
    DRAFT = auto()
    REVIEW = auto()
    APPROVED = auto()
    PUBLISHED = auto()
    ARCHIVED = auto()

    @property
    def transitions(self):
        return TRANSITIONS[self]

    def can_go(self, other):
        return other in self.transitions


TRANSITIONS = {
    State.DRAFT: {State.REVIEW},
    State.REVIEW: {State.DRAFT, State.APPROVED},
    State.APPROVED: {State.PUBLISHED, State.DRAFT},
    State.PUBLISHED: {State.ARCHIVED},
    State.ARCHIVED: set(),
}


class Perm(IntFlag):
    READ = auto()
    WRITE = auto()
    PUBLISH = auto()
    ADMIN = READ | WRITE | PUBLISH


class Role(StrEnum):
    GUEST = auto()
    AUTHOR = auto()
    EDITOR = auto()

    @property
    def perms(self):
        return {Role.GUEST: Perm.READ, Role.AUTHOR: Perm.READ | Perm.WRITE, Role.EDITOR: Perm.ADMIN}[self]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    URGENT = 9


NEEDS = {State.REVIEW: Perm.WRITE, State.DRAFT: Perm.WRITE, State.APPROVED: Perm.PUBLISH,
         State.PUBLISHED: Perm.PUBLISH, State.ARCHIVED: Perm.ADMIN}


class Document:
    def __init__(self, title, priority=Priority.NORMAL):
        self.title = title
        self.state = State.DRAFT
        self.priority = priority
        self.history = [self.state]

    def move(self, target, role):
        if not self.state.can_go(target):
            raise ValueError(f"{self.title}: cannot go from {self.state.name} to {target.name}")
        needed = NEEDS[target]
        if needed & role.perms != needed:
            missing = needed & ~role.perms
            raise PermissionError(f"{role} lacks {missing!r} for {target.name}")
        self.state = target
        self.history.append(target)


docs = [Document("spec", Priority.URGENT), Document("notes", Priority.LOW), Document("blog")]
script = [
    (0, "REVIEW", "author"), (0, "APPROVED", "author"), (0, "APPROVED", "editor"),
    (0, "PUBLISHED", "editor"), (1, "PUBLISHED", "editor"), (1, "REVIEW", "guest"),
    (2, "REVIEW", "author"), (2, "DRAFT", "author"), (0, "ARCHIVED", "editor"),
]
for index, target, role in script:
    doc = docs[index]
    try:
        doc.move(State[target], Role(role))
        print(f"{doc.title}: now {doc.state}")
    except (ValueError, PermissionError) as e:
        print(f"{type(e).__name__}: {e}")

for doc in sorted(docs, key=lambda d: d.priority, reverse=True):
    path = " -> ".join(s.name for s in doc.history)
    print(f"{doc.title:6} {doc.priority.name:7} {doc.priority:2d} {path}")

by_state = {}
for doc in docs:
    by_state.setdefault(doc.state, []).append(doc.title)
print({state.name: titles for state, titles in by_state.items()})
print([s for s in State if not s.transitions], State.REVIEW.transitions == {State.DRAFT, State.APPROVED})
print([(r.value, repr(r.perms), int(r.perms)) for r in Role])
print(Perm.ADMIN, repr(Perm.ADMIN), list(Perm.ADMIN), Perm.READ in Perm.ADMIN, repr(Perm(0)))
print(max(Priority), Priority(5), [p for p in Priority if p > 3], Priority.URGENT - Priority.LOW)
counts = {p: 0 for p in Priority}
for doc in docs:
    counts[doc.priority] += 1
print(counts)


class Cardinal(Flag):
    N = auto()
    E = auto()
    S = auto()
    W = auto()


def turn(direction):
    order = list(Cardinal)
    return order[(order.index(direction) + 1) % len(order)]


d = Cardinal.N
trail = []
for _ in range(5):
    trail.append(d.name)
    d = turn(d)
print(trail, repr(Cardinal.N | Cardinal.E), repr(~(Cardinal.N | Cardinal.S)))
