# gotcha 13: with print(end=" "), the timestamp is that of the moment the line started
import asyncio


async def main():
    for i in range(3):
        print(i, end=" ")
        await asyncio.sleep(0.5)
    print("end of line")
    print("a\nb", end="")
    await asyncio.sleep(0.25)
    print(" continued\n", end="")
    print("x", "y", sep="\n")


asyncio.run(main())
