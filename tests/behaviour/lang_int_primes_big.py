# Miller-Rabin with fixed witnesses on Mersenne numbers and friends.
def is_probable_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


mersenne = [p for p in range(2, 130) if is_probable_prime(2**p - 1)]
print("Mersenne exponents:", mersenne)
print(is_probable_prime(2**127 - 1), is_probable_prime(2**128 + 1), is_probable_prime(10**30 + 57))
n = 2**128 + 1
for p in range(2, 10**6):
    if n % p == 0:
        print("smallest factor of 2**128+1 below a million:", p)
        break
else:
    print("no factor below a million")
