def log_calls(func):
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    # forgot: return wrapper


@log_calls
def add(a, b):
    return a + b


print(add(1, 2))
