# run_in_executor with the loop's default executor (executor=None).
#
# A CPU-bound function (counting primes) runs in the default
# ThreadPoolExecutor; the coroutine awaits the asyncio future that
# run_in_executor returns.  Positional arguments are passed after the
# function, exactly as loop.run_in_executor(None, func, *args) expects.
import asyncio


def count_primes(limit, label):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            for multiple in range(n * n, limit + 1, n):
                sieve[multiple] = False
    total = sum(sieve)
    print(f"[{label}] primes below {limit}: {total}")
    return total


def checksum(values, *, modulus=97):
    return sum(v * v for v in values) % modulus


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, count_primes, 20000, "first")
    print("run_in_executor returned", type(fut).__name__, "done:", fut.done())
    result = await fut
    print("result:", result, "done:", fut.done())

    results = await asyncio.gather(
        loop.run_in_executor(None, count_primes, 5000, "a"),
        loop.run_in_executor(None, count_primes, 1000, "b"),
    )
    print("gathered:", results)

    # Keyword arguments need a wrapper: run_in_executor takes *args only.
    value = await loop.run_in_executor(None, lambda: checksum(range(50), modulus=101))
    print("checksum:", value)

    try:
        loop.run_in_executor(None)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
