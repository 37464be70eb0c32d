import asyncio

other = asyncio.new_event_loop()


async def main():
    other.run_forever()


asyncio.run(main())
