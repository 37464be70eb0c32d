# A modular inverse that does not exist.
print(pow(3, -1, 2**80 + 1))
print(pow(2**40, -1, 2**80))
