# A module-level annotation naming a type that does not exist fails
# when the statement runs, after the value is assigned.
from_config = {"retries": 3}
retries: RetryCount = from_config["retries"]
print(retries)
