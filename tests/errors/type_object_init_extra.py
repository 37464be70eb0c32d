class Node:
    def __init__(self, value, **extra):
        super().__init__(**extra)
        self.value = value


Node(1, colour="red")
