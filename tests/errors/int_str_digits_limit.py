# Printing a 5000-digit number hits CPython's int_max_str_digits limit.
n = 1
for k in range(1, 2000):
    n *= k
print("digits needed:", n.bit_length())
print(n)
