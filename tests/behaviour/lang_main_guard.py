# if __name__ == "__main__": module-level code and globals
GREETING = "module global"

def main():
    print("main runs;", GREETING, __name__)

print("before guard")
if __name__ == "__main__":
    main()
else:
    print("imported?")
