# A tiny stack machine whose instructions are tuples, dispatched with match.
def run(program):
    stack, pc, out = [], 0, []
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    steps = 0
    while pc < len(program) and steps < 200:
        steps += 1
        match program[pc]:
            case ("push", int(n) | float(n)):
                stack.append(n)
            case (("add" | "sub" | "mul") as op,):
                b, a = stack.pop(), stack.pop()
                stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
            case ("dup",):
                stack.append(stack[-1])
            case ("jump_if_zero", str(target)):
                if stack.pop() == 0:
                    pc = labels[target]
                    continue
            case ("jump", str(target)):
                pc = labels[target]
                continue
            case ("label", _):
                pass
            case ("print",):
                out.append(stack[-1])
            case ("halt",):
                break
            case bad:
                raise ValueError(f"bad instruction at {pc}: {bad!r}")
        pc += 1
    return out, stack


countdown = [
    ("push", 3),
    ("label", "loop"),
    ("print",),
    ("dup",),
    ("jump_if_zero", "end"),
    ("push", 1),
    ("sub",),
    ("jump", "loop"),
    ("label", "end"),
    ("halt",),
]
print(run(countdown))
print(run([("push", 6), ("push", 7), ("mul",), ("print",), ("push", 0.5), ("add",), ("print",)]))
try:
    run([("push", "x")])
except ValueError as e:
    print(e)
