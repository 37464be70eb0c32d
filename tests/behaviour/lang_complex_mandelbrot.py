# ASCII Mandelbrot set with complex arithmetic.
def escape_time(c, limit=40):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


chars = " .:-=+*#%@"
for row in range(12):
    y = 1.2 - row * 0.2
    line = ""
    for col in range(48):
        x = -2.1 + col * 0.0625
        n = escape_time(complex(x, y))
        line += chars[min(n, 40) * (len(chars) - 1) // 40]
    print(line.rstrip())
inside = sum(1 for k in range(100) if escape_time(complex(-0.75, k / 100 - 0.5)) == 40)
print("points inside on x=-0.75:", inside)
