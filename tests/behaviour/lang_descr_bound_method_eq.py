# Bound methods compare equal when bound to the same object with the same
# function, and hash alike; remove_done_callback(obj.method) relies on it.
import asyncio


class Listener:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_done(self, fut):
        self.seen.append(fut.result())
        print(f"{self.name} saw {fut.result()}")

    def other(self, fut):
        print("other called")

    def __eq__(self, other):
        return isinstance(other, Listener)

    def __hash__(self):
        return 1


a = Listener("a")
b = Listener("b")
print(a.on_done == a.on_done, a.on_done is a.on_done, a.on_done != a.on_done)
print(a.on_done == b.on_done, a.on_done == a.other, a == b)
print(hash(a.on_done) == hash(a.on_done))
handlers = {a.on_done: "first"}
handlers[a.on_done] = "second"
print(len(handlers), handlers[a.on_done])
print(a.on_done in [b.on_done, a.on_done], [a.on_done].count(a.on_done))
print(Listener.on_done == Listener.on_done, a.on_done.__func__ is Listener.on_done)


class Unhashable:
    def __eq__(self, other):
        return True

    def method(self):
        pass


u = Unhashable()
try:
    hash(u)
except TypeError as e:
    print("TypeError:", e)
print(hash(u.method) == hash(u.method), u.method == u.method, u.method == Unhashable().method)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(a.on_done)
    fut.add_done_callback(b.on_done)
    fut.add_done_callback(a.other)
    fut.add_done_callback(a.on_done)
    print("removed", fut.remove_done_callback(a.on_done))
    print("removed", fut.remove_done_callback(a.other))
    print("removed", fut.remove_done_callback(a.other))
    fut.set_result(42)
    await asyncio.sleep(0)
    print(a.seen, b.seen)

    task = asyncio.create_task(asyncio.sleep(0.1, result="slept"))
    task.add_done_callback(b.on_done)
    task.add_done_callback(a.on_done)
    print("removed", task.remove_done_callback(b.on_done))
    await task
    await asyncio.sleep(0)
    print(a.seen, b.seen)


asyncio.run(main())
