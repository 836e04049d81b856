# A text adventure driven by a command list: enums for rooms/directions, match statements for parsing.
from enum import Enum, auto


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"


class Room(Enum):
    HALL = auto()
    LIBRARY = auto()
    KITCHEN = auto()
    VAULT = auto()


MAP = {
    (Room.HALL, Dir.NORTH): Room.LIBRARY,
    (Room.LIBRARY, Dir.SOUTH): Room.HALL,
    (Room.HALL, Dir.EAST): Room.KITCHEN,
    (Room.KITCHEN, Dir.WEST): Room.HALL,
    (Room.LIBRARY, Dir.EAST): Room.VAULT,
}
ITEMS = {Room.LIBRARY: ["book", "key"], Room.KITCHEN: ["knife"]}


class Game:
    def __init__(self):
        self.room = Room.HALL
        self.inventory = []
        self.moves = 0
        self.over = False

    def step(self, line):
        words = line.lower().split()
        match words:
            case []:
                return "say something"
            case ["go", d] | [("n" | "s" | "e" | "w") as d]:
                try:
                    direction = Dir(d[0])
                except ValueError:
                    return f"no such direction {d!r}"
                return self.move(direction)
            case ["take", item] if item in ITEMS.get(self.room, []):
                ITEMS[self.room].remove(item)
                self.inventory.append(item)
                return f"taken {item}"
            case ["take", item]:
                return f"there is no {item} here"
            case ["drop", *names]:
                dropped = [n for n in names if n in self.inventory]
                for n in dropped:
                    self.inventory.remove(n)
                    ITEMS.setdefault(self.room, []).append(n)
                return f"dropped {dropped}"
            case ["look"]:
                return f"{self.room.name.title()} with {ITEMS.get(self.room) or 'nothing'}"
            case ["inv" | "inventory"]:
                return ", ".join(sorted(self.inventory)) or "empty-handed"
            case ["quit"]:
                self.over = True
                return "bye"
            case [verb, *rest]:
                return f"I don't know how to {verb} ({len(rest)} args)"

    def move(self, direction):
        target = MAP.get((self.room, direction))
        match target:
            case None:
                return f"can't go {direction.name.lower()} from {self.room.name}"
            case Room.VAULT if "key" not in self.inventory:
                return "the vault is locked"
            case Room() as r:
                self.room = r
                self.moves += 1
                if r is Room.VAULT:
                    self.over = True
                    return f"you open the vault in {self.moves} moves!"
                return f"you enter the {r.name.lower()}"


script = ["look", "go west", "e", "take knife", "take spoon", "w", "go north", "look",
          "take book", "e", "take key", "inv", "drop book knife", "look", "dance wildly now",
          "", "go up", "e", "look"]
g = Game()
for cmd in script:
    if g.over:
        print("(game over, ignoring", repr(cmd) + ")")
        continue
    print(f"> {cmd:<16} {g.step(cmd)}")
print(g.room, g.moves, sorted(g.inventory))
print([d.value for d in Dir], list(Room)[-1], Room(2), Room["KITCHEN"].value)
