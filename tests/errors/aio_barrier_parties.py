import asyncio

barrier = asyncio.Barrier(0)
