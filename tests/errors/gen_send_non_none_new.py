def averager():
    total = count = 0
    while True:
        total += yield (total / count if count else None)
        count += 1

avg = averager()
print(avg.send(10))
