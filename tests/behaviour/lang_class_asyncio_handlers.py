# asyncio: a metaclass-built handler registry dispatching events with gather.
import asyncio


class HandlerMeta(type):
    handlers = {}

    def __new__(mcs, name, bases, ns, event=None):
        cls = super().__new__(mcs, name, bases, ns)
        if event is not None:
            mcs.handlers.setdefault(event, []).append(cls)
        return cls


class Handler(metaclass=HandlerMeta):
    delay = 0.1

    async def handle(self, payload):
        await asyncio.sleep(self.delay)
        return f"{type(self).__name__} handled {payload}"


class EmailHandler(Handler, event="signup"):
    delay = 0.3


class AuditHandler(Handler, event="signup"):
    async def handle(self, payload):
        result = await super().handle(payload)
        return result + " (audited)"


class BillingHandler(AuditHandler, event="purchase"):
    delay = 0.2


async def dispatch(event, payload):
    handlers = HandlerMeta.handlers.get(event, [])
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(h().handle(payload) for h in handlers))
    print(f"{event} at {loop.time() - start:.1f}s: {results}")


async def main():
    await dispatch("signup", {"user": "ada"})
    await dispatch("purchase", 42)
    await dispatch("refund", None)
    print(sorted(HandlerMeta.handlers))


asyncio.run(main())
