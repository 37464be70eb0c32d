"""A tiny debug logger that names its caller, as logging and warnings do with sys._getframe."""
import sys

def log(message):
    caller = sys._getframe(1)
    print(f"[{caller.f_code.co_name}:{caller.f_lineno}] {message}")

def where_am_i():
    frame = sys._getframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name

def call_chain():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        if frame.f_code.co_name == "<module>":
            break
        frame = frame.f_back
    return names

def outer():
    return middle()

def middle():
    return call_chain()

class Service:
    def start(self):
        log("starting")
        return self.helper()

    def helper(self):
        log("helping")
        frame = sys._getframe(1)
        return sorted(k for k in frame.f_locals if not k.startswith("_"))

def caller_module():
    return sys._getframe(1).f_globals["__name__"]

def peek_locals(a, b=2):
    c = a + b
    return sys._getframe().f_locals

log("at module level")
print(where_am_i())
print(outer())
print(Service().start())
print(caller_module())
print(sorted(peek_locals(1).items()))
code = sys._getframe().f_code
print(code.co_name, code.co_filename.endswith("std_sys_getframe_caller.py"), code.co_firstlineno)
print(log.__code__.co_name, log.__code__.co_argcount, log.__code__.co_varnames)

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name

print(list(gen()))
print([sys._getframe().f_code.co_name for _ in range(1)])
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)

import asyncio

async def worker(n):
    await asyncio.sleep(0)
    log(f"worker {n} resumed")
    return sys._getframe().f_code.co_name

async def main():
    results = await asyncio.gather(worker(1), worker(2))
    print(results)

asyncio.run(main())
