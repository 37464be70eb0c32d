# Shifts across the 64-bit boundary, negatives and bad counts.
for n in (1, -1, 3, -5, 2**62, -(2**62), 2**100, -(2**100) - 7):
    print(n << 1, n << 63, n << 64, n >> 1, n >> 63, n >> 200)
x = 1
for _ in range(130):
    x <<= 1
print(x, x >> 128, x.bit_length())
print(-1 >> 1000, 5 >> 2**80, -5 >> 2**80, 0 << 2**80)
for bad in (lambda: 1 << -1, lambda: 2**100 >> -5, lambda: 1 << 2**100):
    try:
        bad()
    except (ValueError, OverflowError) as exc:
        print(type(exc).__name__, exc)
