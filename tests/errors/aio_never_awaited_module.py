import asyncio
async def main():
    print("hi")
main()
print("done")
