class Tree:
    def __init__(self):
        self.child = Tree()
Tree()
