import asyncio


async def brew(drink: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    print(f"{drink} 완성")
    return drink


async def main() -> None:
    # 1) 결과만 모으면 될 때: gather() — 넘긴 순서대로 결과가 옵니다
    print(await asyncio.gather(brew("라테", 0.2), brew("녹차", 0.1)))

    # 2) 하나라도 실패하면 나머지를 취소해야 할 때: 태스크 그룹 (3.11+)
    async with asyncio.TaskGroup() as tg:
        latte = tg.create_task(brew("라테", 0.2))
        tea = tg.create_task(brew("녹차", 0.1))
    print([latte.result(), tea.result()])

    # 3) wait() 가 꼭 필요하면 태스크를 만들어 넘깁니다
    tasks = {
        asyncio.create_task(brew("라테", 0.2)),
        asyncio.create_task(brew("녹차", 0.1)),
    }
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print("먼저 나온 것:", [t.result() for t in done])
    await asyncio.wait(pending)  # 남은 태스크도 끝까지 기다립니다


asyncio.run(main())
