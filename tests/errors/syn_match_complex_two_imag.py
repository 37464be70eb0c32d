def phase(z):
    match z:
        case 1j:
            return "up"
        case 2+1j+1j:
            return "never"


print(phase(1j))
