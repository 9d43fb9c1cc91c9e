import asyncio
import time


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    a = await asyncio.create_task(download("A", 0.3))
    b = await asyncio.create_task(download("B", 0.2))
    print(f"{[a, b]} ({time.perf_counter() - t0:.1f}초)")


asyncio.run(main())
