# closures with nonlocal, global, late binding
counter_total = 0

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())

def bump_global():
    global counter_total
    counter_total += 100

bump_global()
bump_global()
print(counter_total)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())
