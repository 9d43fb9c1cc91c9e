import asyncio


async def count(name: str) -> None:
    for i in range(1, 4):
        print(f"{name}{i}", end=" ")
        await asyncio.sleep(0)  # 한 번 셀 때마다 차례를 넘깁니다


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(count("가"))
        tg.create_task(count("나"))
    print()


asyncio.run(main())
