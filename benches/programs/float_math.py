def simulate(steps):
    x, v, dt = 1.0, 0.0, 0.001
    energy = 0.0
    for _ in range(steps):
        a = -x * 4.0 - v * 0.1
        v += a * dt
        x += v * dt
        energy += 0.5 * v * v + 2.0 * x * x
    return round(energy, 6)


print(simulate(400000))
