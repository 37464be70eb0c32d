# An event bus whose handlers register with a decorator; emit runs the
# async handlers concurrently and reports failures.
import asyncio


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(func):
            self.handlers.setdefault(event, []).append(func)
            return func
        return register

    async def emit(self, event, payload):
        handlers = self.handlers.get(event, [])
        results = await asyncio.gather(*(h(payload) for h in handlers), return_exceptions=True)
        for handler, result in zip(handlers, results):
            status = f"failed: {result!r}" if isinstance(result, Exception) else f"-> {result}"
            print(f"  {event}/{handler.__name__} {status}")
        return len(handlers)


bus = EventBus()


@bus.on("order")
async def send_email(order):
    await asyncio.sleep(0.2)
    return f"mailed {order['customer']}"


@bus.on("order")
async def charge_card(order):
    await asyncio.sleep(0.1)
    if order["total"] > 100:
        raise ValueError("card declined")
    return f"charged {order['total']}"


@bus.on("order")
@bus.on("refund")
async def audit(payload):
    return f"audited {sorted(payload)}"


async def main():
    loop = asyncio.get_running_loop()
    print("handled", await bus.emit("order", {"customer": "eve", "total": 30}), loop.time())
    print("handled", await bus.emit("order", {"customer": "mallory", "total": 500}), loop.time())
    print("handled", await bus.emit("refund", {"id": 1}))
    print("handled", await bus.emit("unknown", {}))
    print({k: [h.__name__ for h in v] for k, v in bus.handlers.items()})


asyncio.run(main())
