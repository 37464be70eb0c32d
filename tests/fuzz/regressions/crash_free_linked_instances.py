# a linked list of 100000 instances freed link by link
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

head = None
for i in range(100000):
    head = Node(head)
head = None
print("freed")
