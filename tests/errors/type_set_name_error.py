class Field:
    def __set_name__(self, owner, name):
        if name.startswith("_"):
            raise ValueError(f"field {name} must be public")
        self.name = name


class Model:
    title = Field()
    _secret = Field()
