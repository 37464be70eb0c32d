class Animal:
    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return super(Dog, "rex").speak()


print(Dog().speak())
