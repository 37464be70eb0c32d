# Producer/consumer over an asyncio.Queue passing powers of two.
import asyncio


async def producer(queue, count):
    for i in range(count):
        await queue.put(2 ** (40 * i) - 1)
        await asyncio.sleep(0.01)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        total += item
        print(f"got {item.bit_length():>3} bits, running total {total % 10**12}")
    return total


async def main():
    queue = asyncio.Queue()
    _, total = await asyncio.gather(producer(queue, 6), consumer(queue))
    print(total, hex(total))


asyncio.run(main())
