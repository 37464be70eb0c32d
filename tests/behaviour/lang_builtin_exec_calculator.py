# A tiny calculator evaluating user-entered expressions with eval/exec in a
# controlled namespace, the way tutorials show eval's globals argument.
SAFE = {"abs": abs, "round": round, "min": min, "max": max}
variables = {"x": 4, "rate": 0.25}

entries = ["x * 3 + 1", "round(rate * 100)", "max(x, 10) - min(2, x)", "abs(-x) ** 2",
           "  x + 1", "y * 2", "x = 5"]
for text in entries:
    try:
        print(f"{text!r:28} -> {eval(text, SAFE, variables)!r}")
    except SyntaxError as e:
        print(f"{text!r:28} -> SyntaxError: {e.msg} (offset {e.offset}, file {e.filename})")
    except NameError as e:
        print(f"{text!r:28} -> NameError: {e}")

program = """
total = 0
for i in range(1, n + 1):
    total += i * i
def describe():
    return f"sum of squares up to {n} is {total}"
"""
ns = {"n": 5}
exec(program, ns)
print(ns["total"], ns["describe"](), sorted(k for k in ns if k != "__builtins__"))
print(sorted(k for k in SAFE if k != "__builtins__"))
print("__builtins__" in ns)

code = compile("a + b", "<formula>", "eval")
print(type(code).__name__, eval(code, {"a": 2, "b": 40}))
block = compile("result = [c.upper() for c in word]", "<block>", "exec")
scope = {"word": "abc"}
exec(block, scope)
print(scope["result"])

g = {"counter": 0}
l = {}
exec("counter += 1\nlocal_only = counter * 10", g, l)
print(g["counter"], l)

def run_in_function():
    factor = 3
    return eval("factor * 7"), eval("factor * 2", globals(), {"factor": 2})

print(run_in_function())
print(eval("(lambda v: v * 2)(21)"))

for bad in ["1 +* 2", "def f(:\n  pass", "return 5"]:
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.filename, repr(e.text))
        print(str(e))
try:
    compile("x", "f.py", "run")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(42)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("print('hi')", [])
except TypeError as e:
    print("TypeError:", e)
