class Base:
    pass


class Child(Base):
    pass


class Broken(Base, Child):
    pass
