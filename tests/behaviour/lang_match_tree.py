# A persistent binary search tree written with tuples and match.
EMPTY = None


def insert(tree, key):
    match tree:
        case None:
            return (EMPTY, key, EMPTY)
        case (left, k, right) if key < k:
            return (insert(left, key), k, right)
        case (left, k, right) if key > k:
            return (left, k, insert(right, key))
        case _:
            return tree


def contains(tree, key):
    match tree:
        case None:
            return False
        case (_, k, _) if k == key:
            return True
        case (left, k, _) if key < k:
            return contains(left, key)
        case (_, _, right):
            return contains(right, key)


def inorder(tree):
    match tree:
        case None:
            return []
        case (left, k, right):
            return inorder(left) + [k] + inorder(right)


def height(tree):
    match tree:
        case None:
            return 0
        case (l, _, r):
            return 1 + max(height(l), height(r))


t = None
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t = insert(t, k)
print(inorder(t))
print(height(t))
print([contains(t, k) for k in (65, 66, 20, 0)])
print(t)
