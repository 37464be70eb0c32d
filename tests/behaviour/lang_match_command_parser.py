# A text-adventure style command parser: split the input and match the words.
def handle(line):
    match line.split():
        case []:
            return "say something"
        case ["quit" | "exit" | "bye"]:
            return "goodbye"
        case ["look"]:
            return "you see a dark room"
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"you walk {direction}"
        case ["go", direction]:
            return f"you cannot go {direction!r}"
        case ["go"]:
            return "go where?"
        case ["get", item]:
            return f"you pick up the {item}"
        case ["get", *items] if len(items) > 1:
            return f"you pick up {len(items)} things: {', '.join(items)}"
        case ["drop", *items, "carefully"]:
            return f"you gently drop {items}"
        case ["say", *words]:
            return "you say: " + " ".join(words)
        case [verb, *rest]:
            return f"unknown verb {verb!r} ({len(rest)} more words)"


inputs = [
    "",
    "quit",
    "bye",
    "look",
    "go north",
    "go up",
    "go",
    "get lamp",
    "get lamp key rope",
    "drop vase carefully",
    "drop carefully",
    "say hello there friend",
    "dance wildly now",
]
for text in inputs:
    print(f"{text!r:28} -> {handle(text)}")
