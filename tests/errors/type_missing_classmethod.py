class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    def from_string(cls, text):
        name, email = text.split(",")
        return cls(name, email)


u = User.from_string("ada,ada@example.com")
