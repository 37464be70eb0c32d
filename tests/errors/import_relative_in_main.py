# A script run directly has no package: relative imports fail.
from .settings import DEBUG
print(DEBUG)
