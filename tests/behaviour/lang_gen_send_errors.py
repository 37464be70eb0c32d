# The generator methods' errors, with CPython's messages.
def echo():
    while True:
        received = yield
        print("echo", received)

g = echo()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
g.send(None)
g.send("now fine")

def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def short():
    yield 1

s = short()
print(list(s))
try:
    s.send("late")
except StopIteration as e:
    print("StopIteration after exhaustion, args:", e.args)
print(s.close())

def ignores_exit():
    refusals = 0
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            refusals += 1
            print("I refuse to stop", refusals)
            if refusals == 2:
                return

bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("second close:", bad.close())

def stops_on_exit():
    try:
        yield
    except GeneratorExit:
        print("cleaning up")
        raise StopIteration("not an error")

st = stops_on_exit()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def running_flag():
    yield gen.gi_running

gen = running_flag()
print(gen.gi_running, next(gen), gen.gi_running)
try:
    gen.throw(1)
except TypeError as e:
    print("TypeError:", e)
