# a syntax error: nothing runs, CPython's SyntaxError shape, exit status 1
print("this line is never executed")
x = 1 +
