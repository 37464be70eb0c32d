# recursion: plain recursive functions, mutual recursion, memo via dict
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(fact(10), fact(20), fib(50), is_even(10), is_odd(7))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
