# Every kept exception keeps its traceback (here 300 frames deep).
def deep(n):
    if n == 0:
        raise ValueError(n)
    deep(n - 1)


kept = []
while True:
    try:
        deep(300)
    except ValueError as e:
        kept.append(e)
