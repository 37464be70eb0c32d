# A leaderboard kept sorted with insort while asyncio players report scores.
import asyncio
from _bisect import insort_right, bisect_left, bisect_right

board = []


async def player(name, scores):
    for delay, score in scores:
        await asyncio.sleep(delay)
        insort_right(board, (-score, name))
        rank = bisect_left(board, (-score, name)) + 1
        print(f"{name} scored {score}, rank {rank} of {len(board)}")


async def main():
    await asyncio.gather(player("ann", [(0.1, 50), (0.3, 80)]), player("bob", [(0.2, 65), (0.1, 80)]),
                         player("cy", [(0.25, 90)]))
    print([f"{name}:{-neg}" for neg, name in board])
    scores = sorted(-neg for neg, _ in board)
    print("scores >= 65:", len(scores) - bisect_left(scores, 65), "| scores == 80:", bisect_right(scores, 80) - bisect_left(scores, 80))


asyncio.run(main())
