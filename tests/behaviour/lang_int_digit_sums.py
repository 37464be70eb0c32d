# Project-Euler style digit puzzles on powers and factorials.
def digit_sum(n):
    return sum(map(int, str(n)))


print(digit_sum(2**15), digit_sum(2**1000))
fact = 1
for k in range(1, 101):
    fact *= k
print(digit_sum(fact))
best = max((digit_sum(a**b), a, b) for a in range(90, 100) for b in range(90, 100))
print(best)
# first Fibonacci term with 100 digits
a, b, index = 1, 1, 2
while len(str(b)) < 100:
    a, b = b, a + b
    index += 1
print(index)
# self powers
print(str(sum(i**i for i in range(1, 301)))[-10:])
print(pow(2, 7830457, 10**10) * 28433 % 10**10 + 1)
