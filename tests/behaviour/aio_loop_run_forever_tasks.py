# run_forever() serving tasks made beforehand; the last task stops the loop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
done = []


async def job(name, seconds):
    print(f"{name}: start at {loop.time():.1f}")
    await asyncio.sleep(seconds)
    done.append(name)
    print(f"{name}: done at {loop.time():.1f}")
    if len(done) == 3:
        print("all jobs done, stopping")
        loop.stop()


for name, seconds in [("resize", 0.6), ("upload", 1.2), ("notify", 0.3)]:
    loop.create_task(job(name, seconds))
try:
    loop.run_forever()
finally:
    loop.close()
print("order:", done)
print("running:", loop.is_running())
