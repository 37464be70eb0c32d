# A traffic-light / door state machine: match on (state, event) tuples.
class Door:
    def __init__(self):
        self.state = "closed"
        self.log = []

    def send(self, event):
        match (self.state, event):
            case ("closed", "open"):
                self.state = "open"
            case ("open", "close"):
                self.state = "closed"
            case ("closed", ("lock", code)) if len(code) == 4:
                self.state = ("locked", code)
            case ("closed", ("lock", code)):
                self.log.append(f"code {code!r} too short")
            case (("locked", code), ("unlock", attempt)) if attempt == code:
                self.state = "closed"
            case (("locked", _), ("unlock", _)):
                self.log.append("wrong code")
            case (("locked", _) as st, "open"):
                self.log.append(f"cannot open while {st[0]}")
            case (state, event):
                self.log.append(f"ignored {event!r} in state {state!r}")
        return self.state


door = Door()
for ev in ["open", "open", "close", ("lock", "12"), ("lock", "1234"), "open", ("unlock", "0000"),
           ("unlock", "1234"), "open", "fly"]:
    print(f"{ev!r:20} -> {door.send(ev)!r}")
print(door.log)
