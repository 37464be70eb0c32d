# list methods: append extend insert pop remove index sort copy (+ sort key/reverse, aliasing)
l = [3, 1, 2]
l.append(5)
l.extend([9, 0])
l.insert(0, 7)
l.insert(-1, 4)
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(9)
print(l, l.index(5))
c = l.copy()
c.sort()
print(l, c)
c.sort(reverse=True)
print(c)
words = ["pear", "fig", "banana", "kiwi"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
alias = words
alias.append("plum")
print(len(words), words[-1])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
