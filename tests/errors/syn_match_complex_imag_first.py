def rotate(z):
    match z:
        case 1j-1:
            return -1-1j
    return z


print(rotate(1j))
