# operators: arithmetic on int/float/str/list/bytes, comparisons incl. chained
x = 3
print(x + 2, x - 5, x * 4, x / 2, x // 2, x % 2, x ** 3, -x, +x)
print("ab" + "cd", "ab" * 3, 2 * "xy", [1] * 3, [1, 2] + [3], b"ab" + b"c", (1,) + (2,))
print(0 < x < 5, 0 < x > 5, 1 == 1.0, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(3 in [1, 2, 3], "bc" in "abcd", "k" not in {"k": 1}, 4 not in (1, 2))
a = [1]
b = a
print(a is b, a is not [1], None is None, a == [1])
print(1 != 2, 2 >= 2, 3 <= 2, "B" > "A")
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 2
n %= 7
print(n)
s = "ha"
s += "!"
s *= 2
lst = [1]
lst += [2, 3]
print(s, lst)
f = 1.0
f /= 4
print(f)
print(not 0, not "", not [1], -(-3))
