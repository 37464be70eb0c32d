# Digits of pi with Machin's formula in fixed-point big-int arithmetic.
def arctan_inverse(x, unity):
    total = term = unity // x
    x_squared = x * x
    n = 3
    sign = -1
    while term:
        term //= x_squared
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
    return pi // 10**10


p = pi_digits(300)
text = str(p)
print(text[0] + "." + text[1:61])
for start in range(61, 301, 60):
    print("  " + text[start:start + 60])
print("digit counts:", [text.count(d) for d in "0123456789"])
print("contains 999999:", "999999" in text, text.find("999999"))
