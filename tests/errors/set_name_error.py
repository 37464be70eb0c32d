class Column:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f"column names must be lowercase: {name}")
        self.name = name


class Table:
    id = Column()
    Title = Column()
