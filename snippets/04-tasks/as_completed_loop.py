import asyncio
import time


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name}.txt"


async def main() -> None:
    t0 = time.perf_counter()
    jobs = [download("A", 0.3), download("B", 0.1), download("C", 0.2)]
    for next_done in asyncio.as_completed(jobs):
        result = await next_done  # 다음으로 끝나는 것의 결과
        print(f"{result} 받음 ({time.perf_counter() - t0:.1f}초)")


asyncio.run(main())
