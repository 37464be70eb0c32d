# Sub-generators returning values to the generator delegating to them.
def read_block(lines):
    block = []
    for line in lines:
        if not line:
            break
        block.append(line)
        yield f"read {line!r}"
    return block

def read_all(lines):
    it = iter(lines)
    blocks = []
    while True:
        block = yield from read_block(it)
        if not block:
            return blocks
        blocks.append(block)

text = ["alpha", "beta", "", "gamma", "", "delta", "epsilon", "", ""]
gen = read_all(text)
log = []
while True:
    try:
        log.append(next(gen))
    except StopIteration as e:
        print("blocks:", e.value)
        break
print(len(log), log[:2])

def empty():
    return 42
    yield

def uses_empty():
    got = yield from empty()
    yield got * 2

print(list(uses_empty()))

def exhausted():
    g = iter(range(3))
    for _ in g:
        pass
    r = yield from g
    yield ("after exhausted iterator", r)
    done = (x for x in [])
    list(done)
    r = yield from done
    yield ("after exhausted generator", r)

print(list(exhausted()))

def chain_values(*gens):
    results = []
    for g in gens:
        results.append((yield from g))
    return results

def part(name, n):
    for i in range(n):
        yield f"{name}{i}"
    return f"{name} done"

c = chain_values(part("a", 2), part("b", 1), part("c", 0))
print(list(c))
c = chain_values(part("x", 1))
print(next(c))
try:
    next(c)
except StopIteration as e:
    print(e.value, e.args)
