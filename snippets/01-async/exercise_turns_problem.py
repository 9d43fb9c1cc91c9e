import asyncio


async def count(name: str) -> None:
    for i in range(1, 4):
        print(f"{name}{i}", end=" ")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(count("가"))
        tg.create_task(count("나"))
    print()


asyncio.run(main())
