import asyncio
import time


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    task_a = asyncio.create_task(download("A", 0.3))  # 먼저 둘 다 만들고
    task_b = asyncio.create_task(download("B", 0.2))
    a = await task_a  # 그다음에 기다립니다
    b = await task_b
    print(f"{[a, b]} ({time.perf_counter() - t0:.1f}초)")


asyncio.run(main())
