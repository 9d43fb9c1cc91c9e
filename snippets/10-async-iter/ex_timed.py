import asyncio
import time
from contextlib import asynccontextmanager


@asynccontextmanager
async def timed(label: str):
    start = time.perf_counter()
    try:
        yield
    except Exception as e:
        elapsed = time.perf_counter() - start
        print(f"{label}: {elapsed:.1f}초 ({type(e).__name__})")
        raise  # 예외는 삼키지 않고 그대로 내보냅니다
    else:
        print(f"{label}: {time.perf_counter() - start:.1f}초")


async def main() -> None:
    async with timed("느린 일"):
        await asyncio.sleep(0.3)

    try:
        async with timed("실패하는 일"):
            await asyncio.sleep(0.1)
            raise ValueError("문제 발생")
    except ValueError:
        print("예외는 밖에서 잡았습니다")


asyncio.run(main())
