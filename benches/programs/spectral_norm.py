# Spectral norm of the infinite matrix A with a(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
# by the power method on A^T A, written from the benchmark description.


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_a_times_u(u):
    n = len(u)
    return [sum([eval_a(i, j) * u_j for j, u_j in enumerate(u)]) for i in range(n)]


def eval_at_times_u(u):
    n = len(u)
    return [sum([eval_a(j, i) * u_j for j, u_j in enumerate(u)]) for i in range(n)]


def eval_ata_times_u(u):
    return eval_at_times_u(eval_a_times_u(u))


def spectral_norm(n, iterations):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = eval_ata_times_u(u)
        u = eval_ata_times_u(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


print("%.9f" % spectral_norm(110, 10))
