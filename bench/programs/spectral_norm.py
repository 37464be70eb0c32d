"""Benchmark (numeric): the spectral norm of an infinite matrix
A[i][j] = 1 / ((i + j)(i + j + 1) / 2 + i + 1), by power iteration on
A^T A with plain float lists and nested loops."""


def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_a(u):
    n = len(u)
    return [sum(entry(i, j) * u[j] for j in range(n)) for i in range(n)]


def mul_at(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * u[j]
        out.append(total)
    return out


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = mul_at(mul_a(u))
        u = mul_at(mul_a(v))
    vbv = vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return (vbv / vv) ** 0.5


for n in (50, 120, 160):
    print(n, "%.9f" % spectral_norm(n, 8))
