# Methods of builtin types (str.lower, list.append, asyncio.Queue.put_nowait)
# are method descriptors: through the class they are plain functions taking
# the instance first, and stored under another name in a subclass they bind
# like Python functions.  Builtin functions (len, print) never bind.
import asyncio

words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=str.lower))
print(list(map(str.strip, ["  a ", "b  "])))
stack = []
push = list.append
push(stack, 1)
push(stack, 2)
print(stack, list.pop(stack), stack)
print(dict.get({"k": 1}, "k"), dict.get({}, "k", "default"))


# The asyncio runtime's classes: their methods bind, also when a subclass
# stores one under another name.
class Inbox(asyncio.Queue):
    post = asyncio.Queue.put_nowait
    take = asyncio.Queue.get_nowait
    measure = len
    size = asyncio.Queue.qsize

    def pending(self):
        return self.qsize()


async def main():
    box = Inbox()
    box.post("first")
    box.post("second")
    print(box.pending(), box.take(), await box.get(), box.measure("xyz"))
    box.post("third")
    print(box.size(), Inbox.size(box), Inbox.take(box), Inbox.measure is len)
    ev = asyncio.Event()
    fire = ev.set
    fire()
    print(ev.is_set())
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())
    fut = asyncio.get_running_loop().create_future()
    done = fut.set_result
    asyncio.get_running_loop().call_later(0.1, done, "ready")
    print(await fut)


asyncio.run(main())
