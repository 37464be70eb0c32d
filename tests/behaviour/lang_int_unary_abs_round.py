# Negation, abs, round and bool on values around and beyond int64.
edge = -(2**63)
print(-edge, abs(edge), +edge, ~edge, -(edge - 1), abs(-(10**40)))
print(bool(2**100), bool(-(2**100)), not 2**100, 2**100 and "yes")
print(round(2**100), round(2**100, 3), round(2**100, -10), round(-(2**100), -29), round(15 * 10**30, -31))
print(round(25 * 10**30, -31), round(123456789012345678901234567890, -5), round(10**40 + 5 * 10**20, -21))
print(round(7**90, -200), round(-7**90, -76), round(1e300) == int(1e300), round(2.5e19))
print(True + 2**100, False * 2**100, 2**100 - True, -True)
x = 2**64
x += 1
x -= 2**64
x *= 10**20
x //= 3
x %= 10**18 + 9
x **= 3
print(x)
