# reset() while tasks wait: they get BrokenBarrierError, the barrier is
# filling again afterwards and a new round works.
import asyncio


async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    try:
        i = await barrier.wait()
        print(f"{name} passed with index {i}")
    except asyncio.BrokenBarrierError as e:
        print(f"{name}: {e}")


async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(party("early", b, 0))
    await asyncio.sleep(0.5)
    print("before reset:", repr(b).split(" [")[1])
    await b.reset()
    print("during reset:", repr(b).split(" [")[1])
    await t
    print("after:", repr(b).split(" [")[1])
    await asyncio.gather(party("x", b, 0.1), party("y", b, 0.2))
    print("end:", repr(b).split(" [")[1])


asyncio.run(main())
