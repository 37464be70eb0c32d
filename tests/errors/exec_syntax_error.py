# A formula typed by a user, run with exec: its syntax error names "<string>".
formula = "total = price * * qty"
namespace = {"price": 3, "qty": 2}
print("running", formula)
exec(formula, namespace)
print(namespace["total"])
