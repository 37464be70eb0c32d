# Counting and grouping words with defaultdict, the way tutorials do.
from _collections import defaultdict

text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""

counts = defaultdict(int)
for word in text.split():
    counts[word] += 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)

by_letter = defaultdict(list)
for word in text.split():
    by_letter[word[0]].append(word)
print(dict(sorted(by_letter.items())))

lengths = defaultdict(set)
for word in text.split():
    lengths[len(word)].add(word)
print({k: sorted(v) for k, v in sorted(lengths.items())})
print(counts["missing"], "missing" in counts, len(counts))
print(counts.get("nothing"), "nothing" in counts)
