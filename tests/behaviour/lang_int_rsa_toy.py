# Textbook RSA with small primes, then with 128-bit-ish primes.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


class RSAKey:
    def __init__(self, p, q, e=65537):
        self.n = p * q
        phi = (p - 1) * (q - 1)
        self.e = e
        self.d = pow(e, -1, phi)
        g, x, _ = egcd(e, phi)
        assert g == 1 and x % phi == self.d

    def encrypt(self, m):
        return pow(m, self.e, self.n)

    def decrypt(self, c):
        return pow(c, self.d, self.n)

    def __repr__(self):
        return f"RSAKey(n={self.n}, e={self.e})"


small = RSAKey(61, 53, 17)
print(small, small.d)
c = small.encrypt(65)
print("cipher", c, "plain", small.decrypt(c))

p = 340282366920938463463374607431768211507   # next prime after 2**128
q = 170141183460469231731687303715884105757   # a prime near 2**127
key = RSAKey(p, q)
print(key.n.bit_length(), "bit modulus")
message = int.from_bytes("hello, asyncio".encode(), "big")
cipher = key.encrypt(message)
print("cipher", cipher)
plain = key.decrypt(cipher)
print(plain.to_bytes((plain.bit_length() + 7) // 8, "big").decode())
sig = pow(message, key.d, key.n)
print("signature verifies:", pow(sig, key.e, key.n) == message)
