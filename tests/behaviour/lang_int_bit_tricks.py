# Bit manipulation on wide masks: flags, popcount, two's complement views.
MASK_128 = (1 << 128) - 1


def rotl128(x, r):
    return ((x << r) | (x >> (128 - r))) & MASK_128


x = 0x0123456789ABCDEF_FEDCBA9876543210
print(hex(x), x.bit_length(), x.bit_count())
print(hex(rotl128(x, 4)), hex(rotl128(x, 64)))
print(hex(~x & MASK_128))
print(hex(x ^ MASK_128), hex(x & (MASK_128 >> 64)), hex(x | (1 << 127)))
print(-x & 0xFFFF, (-x) >> 100, (-x) >> 200, ~(-x))
print((-2**100) | 0xF, (-2**100) ^ (2**100), (-2**70) & (-2**80))
lowest = x & -x
print("lowest set bit:", lowest, lowest.bit_length() - 1)
flags = 0
for bit in (3, 64, 70, 127, 200):
    flags |= 1 << bit
print(flags, bin(flags).count("1"), flags.bit_count())
print([bit for bit in range(flags.bit_length()) if flags >> bit & 1])
print(bin(2**70 + 5), oct(-2**65), hex(2**64 - 1))
print(f"{2**70:b}", f"{2**70:#o}", f"{-2**70:#X}", f"{2**100:_x}")
