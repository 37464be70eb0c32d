# Collatz trajectories starting from numbers far beyond 64 bits.
def collatz_steps(n):
    steps = 0
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak


for start in (27, 2**64 + 1, 3**50, 10**30 + 7, 2**100 - 1):
    steps, peak = collatz_steps(start)
    print(f"start={start} steps={steps} peak_digits={len(str(peak))}")
