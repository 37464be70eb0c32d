# Pascal's triangle rows, binomial coefficients and Catalan numbers.
def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


row = [1]
for n in range(100):
    row = [a + b for a, b in zip([0] + row, row + [0])]
print(len(row), row[50], row[50] == binomial(100, 50), sum(row) == 2**100)
print(max(row).bit_length(), row[:4], row[-3:])
catalan = [binomial(2 * n, n) // (n + 1) for n in range(0, 101, 20)]
print(catalan)
print(binomial(1000, 500) % (10**9 + 7), len(str(binomial(1000, 500))))
print([binomial(67, k) for k in (30, 33, 34)])
