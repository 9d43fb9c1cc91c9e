import asyncio


async def walker(name: str, step: float) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    for n in range(1, 4):
        print(f"{loop.time() - start:.1f}초  {name}: {n}단계")
        if n < 3:
            await asyncio.sleep(step)  # 여기서 멈추고 루프에 차례를 넘깁니다


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(walker("A", 0.2))
        tg.create_task(walker("B", 0.3))


asyncio.run(main())
