import asyncio


async def fetch_avatar(user: str) -> str:
    await asyncio.sleep(0.1)
    return f"{user}.png"


async def main() -> None:
    # 태스크 하나를 만들 때: create_task()
    first = asyncio.create_task(fetch_avatar("minji"))
    print(await first)

    # 여러 개를 함께 돌릴 때: 태스크 그룹 (3.11+)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_avatar(u)) for u in ["jun", "sora"]]
    print([t.result() for t in tasks])


asyncio.run(main())
