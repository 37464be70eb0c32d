# @classmethod alternative constructors (with subclasses), @staticmethod
# helpers, both through the class and through instances.

class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @classmethod
    def today(cls):
        return cls(2024, 1, 15)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class EuroDate(Date):
    def __repr__(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"


print(Date.from_string("2023-07-04"))
print(EuroDate.from_string("2023-07-04"))
print(EuroDate.today(), type(EuroDate.today()).__name__)
d = EuroDate(2020, 2, 29)
print(d.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024))
print(Date.from_string.__self__ is Date, EuroDate.from_string.__self__ is EuroDate)
print(d.today.__self__ is EuroDate, d.today.__func__ is Date.__dict__["today"].__func__)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.__dict__["is_leap"](2004))


class Counter:
    count = 0

    def __init__(self):
        type(self).increment()

    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count


class SubCounter(Counter):
    count = 100


Counter()
Counter()
SubCounter()
print(Counter.count, SubCounter.count)


def plain(x):
    return x * 2


class Tools:
    double = staticmethod(plain)
    make = classmethod(lambda cls, n: [cls.__name__] * n)


print(Tools.double(4), Tools().double(5), Tools.make(2), Tools().make(1))
print(Tools.__dict__["double"].__func__ is plain, Tools.__dict__["double"].__wrapped__ is plain)
sm = staticmethod(plain)
print(sm(21))
print(Tools.__dict__["make"].__get__(None, Counter)(1))
print(repr(Date.from_string), repr(EuroDate.today), Date, type(d))
