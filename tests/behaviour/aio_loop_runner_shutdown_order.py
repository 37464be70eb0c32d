# asyncio.run and Runner.close cancel what is left; a task that catches the
# cancellation and finishes cleanly is reported nowhere.
import asyncio


async def heartbeat(label):
    beats = 0
    try:
        while True:
            await asyncio.sleep(0.4)
            beats += 1
    except asyncio.CancelledError:
        print(f"{label}: cancelled after {beats} beats")
        return beats


async def main(label):
    asyncio.create_task(heartbeat(label))
    await asyncio.sleep(1)
    print(f"{label}: main done")


asyncio.run(main("asyncio.run"))
with asyncio.Runner() as runner:
    runner.run(main("Runner"))
    print("Runner: after run, before close")
print("end")
