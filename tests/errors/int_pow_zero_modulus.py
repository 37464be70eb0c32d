# pow() with a zero modulus.
def modexp(base, exp, mod):
    return pow(base, exp, mod)


print(modexp(2**70, 3, 1000))
print(modexp(2**70, 3, 0))
