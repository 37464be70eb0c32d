# break / continue / return inside finally while a return or an exception is pending.
def retry_loop():
    attempts = []
    for i in range(4):
        try:
            attempts.append(i)
            return f"returned at {i}"
        finally:
            if i < 2:
                continue
    return f"loop ended, attempts={attempts}"

print(retry_loop())

def swallow_with_break():
    while True:
        try:
            raise ValueError("lost")
        finally:
            break
    return "exception swallowed by break"

print(swallow_with_break())

def return_overridden():
    for x in [1, 2]:
        try:
            return "first"
        finally:
            break
    return "break in finally won"

print(return_overridden())

def continue_swallows():
    seen = []
    for item in ["a", "b", "c"]:
        try:
            if item == "b":
                raise KeyError(item)
            seen.append(item)
        finally:
            continue
    return seen

print(continue_swallows())

def nested():
    log = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    return (i, j)
                finally:
                    log.append(("inner", i, j))
                    if j < 2:
                        continue
            finally:
                log.append(("outer", i, j))
                if i < 1:
                    break
    return log

print(nested())

def gen_with_finally():
    for i in range(3):
        try:
            yield i
            return
        finally:
            if i < 2:
                continue
    yield "after loop"

print(list(gen_with_finally()))

def while_counter():
    n = 0
    while n < 5:
        n += 1
        try:
            return n
        finally:
            if n < 3:
                continue
    return -1

print(while_counter())
