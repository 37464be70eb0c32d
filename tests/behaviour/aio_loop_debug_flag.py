# set_debug / get_debug and the loop's repr.
import asyncio

loop = asyncio.new_event_loop()
print(loop.get_debug())
print(loop)
loop.set_debug(True)
print(loop.get_debug())
print(loop)
loop.set_debug(False)


async def show():
    print(asyncio.get_running_loop())


loop.run_until_complete(show())
loop.close()
print(loop)
with asyncio.Runner(debug=False) as r:
    print(r.get_loop().get_debug())
