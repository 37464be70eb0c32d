# An exception in the coroutine comes out of run_until_complete; the loop
# stays usable.
import asyncio


class PaymentError(Exception):
    pass


async def charge(amount):
    await asyncio.sleep(0.2)
    if amount > 100:
        raise PaymentError(f"limit exceeded: {amount}")
    return f"charged {amount}"


loop = asyncio.new_event_loop()
for amount in (50, 500, 70):
    try:
        print(loop.run_until_complete(charge(amount)))
    except PaymentError as e:
        print("PaymentError:", e)
try:
    loop.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
