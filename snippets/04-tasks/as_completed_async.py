# /// script
# requires-python = ">=3.13"
# ///
import asyncio
import time


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(download(name, seconds), name=name)
            for name, seconds in [("A", 0.3), ("B", 0.1), ("C", 0.2)]
        ]
        async for task in asyncio.as_completed(tasks):  # 파이썬 3.13+
            # 넘긴 태스크 객체가 그대로 나옵니다
            print(f"{task.get_name()} 끝: {await task} "
                  f"({time.perf_counter() - t0:.1f}초)")


asyncio.run(main())
