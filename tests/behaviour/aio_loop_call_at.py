# call_at with absolute loop times and call_later, scheduled before the loop
# runs; the handles' reprs and when().
import asyncio

loop = asyncio.new_event_loop()
start = loop.time()
order = []


def record(tag):
    order.append(tag)
    print(f"{tag} at {loop.time():.2f}")


h1 = loop.call_at(start + 2, record, "at+2")
h2 = loop.call_later(1, record, "later+1")
h3 = loop.call_at(start + 1.5, record, "at+1.5")
h4 = loop.call_soon(record, "soon")
print("when:", h1.when(), h2.when(), h3.when())
h3.cancel()
print("h3 cancelled:", h3.cancelled())
loop.call_at(start + 3, loop.stop)
loop.run_forever()
print("order:", order)
loop.close()
