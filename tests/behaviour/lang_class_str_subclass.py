# str subclasses: extra methods, still usable wherever a str is.
class Tag(str):
    def wrap(self, text):
        return f"<{self}>{text}</{self}>"

    def __repr__(self):
        return f"Tag({str.__repr__(self)})"


t = Tag("b")
print(t.wrap("bold"), repr(t), str(t), len(t))
print(t.upper(), type(t.upper()).__name__, t + "r", type(t + "r").__name__)
print(t == "b", "b" == t, {t: 1}["b"], {"b": 2}[t], t in ["a", "b"])
print(f"[{t}]", "%s!" % t, "-".join([t, t]), t * 3)
print(isinstance(t, str), sorted([Tag("z"), "a", Tag("m")]))


class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


name = CaseInsensitive("Alice")
print(name == "ALICE", name != "bob", name in {CaseInsensitive("alice")})
print(name.startswith("Al"), name.split("l"))


class Email(str):
    def __new__(cls, value):
        if "@" not in value:
            raise ValueError(f"invalid email: {value!r}")
        return super().__new__(cls, value.strip().lower())

    def domain(self):
        return self.split("@", 1)[1]
    domain = property(domain)


e = Email("  Ada@Example.COM ")
print(e, e.domain, type(e).__name__)
try:
    Email("nobody")
except ValueError as err:
    print("ValueError:", err)
e.verified = True
print(e.verified)
