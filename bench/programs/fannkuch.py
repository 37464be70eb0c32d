"""Benchmark (permutations): fannkuch, the maximum number of prefix
reversals ("pancake flips") over all permutations of 1..n, with the
permutation checksum; list slicing, reversal and index juggling."""


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign == 1 else -flips
        # Next permutation in the order the counts define.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1.pop(0)
            perm1.insert(r, first)
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


for n in (6, 7, 8):
    print("fannkuch(%d) = %s" % (n, fannkuch(n)))
