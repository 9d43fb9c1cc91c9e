import asyncio


async def shout(word: str) -> None:
    print(word)


async def later(word: str, delay: float) -> None:
    await asyncio.sleep(delay)
    print(word)


async def main() -> None:
    task = asyncio.create_task(shout("배경"))
    await shout("직접")
    print("main 1")
    await later("나중", 0.1)
    print("main 2")
    await task


asyncio.run(main())
