# Extending an inherited property in a subclass: reuse the base getter and
# add validation to the setter with @Base.prop.setter.

class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    @property
    def salary(self):
        return self._salary

    @salary.setter
    def salary(self, value):
        self._salary = value

    @property
    def label(self):
        return f"{self.name} ({type(self).__name__})"


class Intern(Employee):
    @Employee.salary.setter
    def salary(self, value):
        if value > 2000:
            raise ValueError("interns earn at most 2000")
        Employee.salary.fset(self, value)

    @property
    def label(self):
        return super().label + " [temporary]"


class Manager(Employee):
    salary = property(Employee.salary.fget, None, None, "read-only for managers")


e = Employee("sam", 5000)
i = Intern("kim", 1500)
print(e.salary, i.salary, e.label, i.label)
try:
    i.salary = 3000
except ValueError as ex:
    print("ValueError:", ex)
e.salary = 3000
print(e.salary, Intern.salary.fget is Employee.salary.fget, Intern.salary.fset is Employee.salary.fset)
try:
    Manager("max", 9000)
except AttributeError as ex:
    print("AttributeError:", ex)
print(Manager.salary.__doc__, Employee.salary.__doc__)
print([name for name in ("salary", "label") if isinstance(getattr(Intern, name), property)])
