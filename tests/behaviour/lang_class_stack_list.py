# A Stack built on list: its own methods, list methods and operators on it.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def is_empty(self):
        return len(self) == 0


s = Stack()
print(s, s.is_empty(), type(s).__name__)
s.push(1).push(2).push(3)
print(s, s.peek(), len(s))
print(s.pop(), s)
s.extend([10, 20])
s.sort(reverse=True)
print(s, s.index(10), s.count(2))
print(s[1:3], type(s[1:3]).__name__)
combined = s + [99]
print(combined, type(combined).__name__)
print(s == [20, 10, 2, 1], s != [1], s < [30])
print(isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list))
s.owner = "alice"
print(s.owner, s.__dict__)
for item in Stack([7, 8]):
    print("item", item)
print(sorted(Stack([3, 1, 2])), list(reversed(Stack("ab"))))
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)
print(Stack("xyz"), Stack(range(3)))
print(bool(Stack()), bool(Stack([0])))
