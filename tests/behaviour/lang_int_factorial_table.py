# A factorial table as a textbook prints it, then a few facts about the numbers.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


for n in (0, 1, 5, 10, 20, 21, 25, 30, 50):
    f = factorial(n)
    print(f"{n:>3}! = {f:,}")

big = factorial(100)
digits = str(big)
print("100! has", len(digits), "digits")
print("sum of digits:", sum(int(d) for d in digits))
trailing = len(digits) - len(digits.rstrip("0"))
print("trailing zeros:", trailing)
print("type:", type(big).__name__, isinstance(big, int))
print("100! // 98! =", big // factorial(98))
print("bit length:", big.bit_length())
