# A discrete Fourier transform with twiddle factors made by complex powers.
def twiddle(k, n):
    return (-1 + 0j) ** (-2 * k / n)  # e^(-2*pi*i*k/n)


def dft(signal):
    n = len(signal)
    return [sum(signal[t] * twiddle(k * t, n) for t in range(n)) for k in range(n)]


def show(values):
    return [complex(round(v.real, 6) + 0.0, round(v.imag, 6) + 0.0) for v in values]


square = [1, 1, 1, 1, 0, 0, 0, 0]
print(show(dft(square)))
impulse = [1, 0, 0, 0]
print(show(dft(impulse)))
spectrum = dft([0, 1, 0, -1])
print(show(spectrum))
print([round(abs(v), 6) for v in spectrum])
