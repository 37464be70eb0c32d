# plain computation: loops over lists, dicts and strings (a sieve, word counts, a sort)
limit = 60
sieve = [True] * (limit + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p <= limit:
    if sieve[p]:
        for m in range(p * p, limit + 1, p):
            sieve[m] = False
    p += 1
print([i for i in range(limit + 1) if sieve[i]])
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
arr = [5, 2, 9, 1, 5, 6]
for i in range(len(arr)):
    for j in range(len(arr) - 1 - i):
        if arr[j] > arr[j + 1]:
            arr[j], arr[j + 1] = arr[j + 1], arr[j]
print(arr)
s = ""
for i in range(5):
    s += str(i) * i
print(s, s.count("4"), len(s))
