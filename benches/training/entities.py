# A turn-based simulation of creatures on a small map: the object-oriented style of most
# Python code (small classes, subclasses overriding methods, properties, attribute updates).

import random


class Entity:
    next_id = 0

    def __init__(self, name, x, y):
        Entity.next_id += 1
        self.id = Entity.next_id
        self.name = name
        self.x = x
        self.y = y
        self.alive = True

    @property
    def position(self):
        return (self.x, self.y)

    def distance(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)

    def step(self, world):
        pass

    def describe(self):
        return f"{type(self).__name__}({self.name}) at {self.position}"


class Creature(Entity):
    speed = 1

    def __init__(self, name, x, y, health, power):
        super().__init__(name, x, y)
        self.health = health
        self.power = power
        self.kills = 0

    @property
    def hurt(self):
        return self.health < 10

    def move_towards(self, target, world):
        dx = (target.x > self.x) - (target.x < self.x)
        dy = (target.y > self.y) - (target.y < self.y)
        for _ in range(self.speed):
            nx, ny = self.x + dx, self.y + dy
            if world.free(nx, ny):
                self.x, self.y = nx, ny

    def attack(self, other):
        other.health -= self.power
        if other.health <= 0:
            other.alive = False
            self.kills += 1


class Wolf(Creature):
    speed = 2

    def step(self, world):
        prey = world.nearest(self, Sheep)
        if prey is None:
            return
        if self.distance(prey) <= 1:
            self.attack(prey)
        else:
            self.move_towards(prey, world)


class Sheep(Creature):
    def step(self, world):
        grass = world.nearest(self, Grass)
        if grass is not None and self.distance(grass) <= 1:
            grass.eaten(self)
        elif grass is not None:
            self.move_towards(grass, world)
        if self.hurt and world.rng.random() < 0.2:
            self.health += 1


class Grass(Entity):
    def __init__(self, name, x, y):
        super().__init__(name, x, y)
        self.amount = 3

    def eaten(self, by):
        self.amount -= 1
        by.health += 2
        if self.amount == 0:
            self.alive = False


class World:
    def __init__(self, size, seed):
        self.size = size
        self.rng = random.Random(seed)
        self.entities = []
        self.occupied = set()

    def add(self, entity):
        self.entities.append(entity)
        if isinstance(entity, Creature):
            self.occupied.add(entity.position)

    def free(self, x, y):
        return 0 <= x < self.size and 0 <= y < self.size and (x, y) not in self.occupied

    def nearest(self, source, kind):
        best, best_distance = None, None
        for e in self.entities:
            if e.alive and e is not source and isinstance(e, kind):
                d = source.distance(e)
                if best_distance is None or d < best_distance:
                    best, best_distance = e, d
        return best

    def turn(self):
        for e in self.entities:
            if e.alive:
                before = e.position
                e.step(self)
                if isinstance(e, Creature) and e.position != before:
                    self.occupied.discard(before)
                    self.occupied.add(e.position)
        dead = [e for e in self.entities if not e.alive]
        for e in dead:
            self.occupied.discard(e.position)
        self.entities = [e for e in self.entities if e.alive]


def populate(world, wolves, sheep, grass):
    rng = world.rng
    for i in range(wolves):
        world.add(Wolf(f"w{i}", rng.randrange(world.size), rng.randrange(world.size), 30, 6))
    for i in range(sheep):
        world.add(Sheep(f"s{i}", rng.randrange(world.size), rng.randrange(world.size), 20, 1))
    for i in range(grass):
        world.add(Grass(f"g{i}", rng.randrange(world.size), rng.randrange(world.size)))


def main():
    totals = []
    for seed in range(8):
        world = World(24, seed)
        populate(world, 5, 45, 60)
        turns = 0
        while turns < 80 and any(isinstance(e, Sheep) for e in world.entities):
            world.turn()
            turns += 1
        wolves = sorted((e for e in world.entities if isinstance(e, Wolf)), key=lambda w: (-w.kills, w.id))
        sheep = sum(1 for e in world.entities if isinstance(e, Sheep))
        totals.append((seed, turns, sheep, [w.kills for w in wolves]))
        print(seed, turns, sheep, wolves[0].describe() if wolves else "-")
    print(totals)


main()
