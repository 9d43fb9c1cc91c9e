import asyncio
import time


async def slow_query() -> str:
    await asyncio.sleep(1)
    return "결과"


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2):  # 3.11+
            await slow_query()
    except TimeoutError:  # 내장 TimeoutError 하나면 됩니다
        print(f"{time.perf_counter() - start:.1f}초 만에 포기했습니다")


asyncio.run(main())
