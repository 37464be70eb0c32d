def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + next(fib)

fib = fibonacci()
print([next(fib) for _ in range(5)])
