import asyncio
import time


async def brew(cup: int) -> None:
    print(f"커피 {cup}잔째 내리는 중")
    await asyncio.sleep(0.1)


async def main() -> None:
    start = time.perf_counter()
    for cup in [1, 2, 3]:  # 차례로 해야 하는 일은 차례로 await 합니다
        await brew(cup)
    print(f"차례로 세 잔: {time.perf_counter() - start:.1f}초")

    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # 함께 해도 되는 일은 함께 (3.11+)
        for cup in [4, 5, 6]:
            tg.create_task(brew(cup))
    print(f"함께 세 잔: {time.perf_counter() - start:.1f}초")


asyncio.run(main())  # 입구는 하나입니다
